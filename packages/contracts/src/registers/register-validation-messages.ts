import type { Locale } from '../locale';

/** Messages of the register record schemas (import files, sync API, console forms). */
export const registerValidationMessages = {
  'date.invalid': {
    fi: 'Anna päivämäärä muodossa 31.12.2026 tai 2026-12-31.',
    sv: 'Ange datumet som 31.12.2026 eller 2026-12-31.',
    en: 'Enter a date as 31.12.2026 or 2026-12-31.',
  },
  'dateTime.invalid': {
    fi: 'Anna aika muodossa 2026-12-31T14:30:00Z, 2026-12-31 tai 31.12.2026.',
    sv: 'Ange tiden som 2026-12-31T14:30:00Z, 2026-12-31 eller 31.12.2026.',
    en: 'Enter a time as 2026-12-31T14:30:00Z, 2026-12-31 or 31.12.2026.',
  },
  'amount.invalid': {
    fi: 'Anna summa euroina, esimerkiksi 49,90 tai 49.90.',
    sv: 'Ange beloppet i euro, till exempel 49,90 eller 49.90.',
    en: 'Enter an amount in euros, e.g. 49.90 or 49,90.',
  },
  'percent.invalid': {
    fi: 'Anna prosentti, esimerkiksi 25,5.',
    sv: 'Ange procentsatsen, till exempel 25,5.',
    en: 'Enter a percentage such as 25.5.',
  },
  'boolean.invalid': {
    fi: 'Anna arvo true tai false.',
    sv: 'Ange värdet true eller false.',
    en: 'Enter true or false.',
  },
  'externalId.invalid': {
    fi: 'Tunniste (externalId) puuttuu tai on liian pitkä (enintään 200 merkkiä).',
    sv: 'Identifieraren (externalId) saknas eller är för lång (högst 200 tecken).',
    en: 'The identifier (externalId) is missing or too long (200 characters at most).',
  },
  'source.required': {
    fi: 'Kerro tietojen lähde (source), esimerkiksi contract tai web_form.',
    sv: 'Ange uppgifternas källa (source), till exempel contract eller web_form.',
    en: 'Give the source of the data (source), e.g. contract or web_form.',
  },
  'country.invalid': {
    fi: 'Anna maa kaksikirjaimisena koodina, esimerkiksi FI.',
    sv: 'Ange landet med en kod på två bokstäver, till exempel FI.',
    en: 'Enter the country as a two-letter code such as FI.',
  },
  'externalId.duplicate': {
    fi: 'Sama tunniste (externalId) on jo aiemmalla rivillä.',
    sv: 'Samma identifierare (externalId) finns redan på en tidigare rad.',
    en: 'The same identifier (externalId) is already on an earlier row.',
  },
  'lines.duplicate': {
    fi: 'Laskulla on sama rivinumero kahdesti.',
    sv: 'Fakturan har samma radnummer två gånger.',
    en: 'The invoice has the same line number twice.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
