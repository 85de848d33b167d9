import type { Locale } from '@oikeus/contracts';

/** Person-readable console errors the default per-code texts do not cover. */
export const consoleMessages = {
  assigneeInvalid: {
    fi: 'Pyyntöä voi osoittaa vain aktiiviselle käsittelijälle tai pääkäyttäjälle.',
    sv: 'Begäran kan bara tilldelas en aktiv handläggare eller administratör.',
    en: 'A request can only be assigned to an active handler or admin.',
  },
  recordNotFound: {
    fi: 'Rekisteritietuetta ei löytynyt. Se on ehkä jo poistettu.',
    sv: 'Registerposten hittades inte. Den kan redan ha raderats.',
    en: 'The register record was not found. It may already have been erased.',
  },
  noConfirmedRecords: {
    fi: 'Vahvista ensin, mitkä rekisteritiedot kuuluvat henkilölle.',
    sv: 'Bekräfta först vilka registerposter som hör till personen.',
    en: "First confirm which register records are the person's.",
  },
  recordNotConfirmed: {
    fi: 'Muutos koskee tietuetta, jota ei ole vahvistettu tämän pyynnön tietueeksi.',
    sv: 'Ändringen gäller en post som inte har bekräftats för den här begäran.',
    en: 'The change is for a record that has not been confirmed for this request.',
  },
  fieldNotOnRecord: {
    fi: 'Tätä kenttää ei ole tämän tyyppisessä tietueessa.',
    sv: 'Det här fältet finns inte i den här typen av post.',
    en: 'This kind of record has no such field.',
  },
  requestClosed: {
    fi: 'Pyyntö on jo suljettu.',
    sv: 'Begäran är redan stängd.',
    en: 'The request is already closed.',
  },
  extensionAlreadyUsed: {
    fi: 'Määräaikaa on jo jatkettu. Sitä voi jatkaa vain kerran (tietosuoja-asetus 12 art. 3 kohta).',
    sv: 'Tidsfristen har redan förlängts. Den kan förlängas bara en gång (dataskyddsförordningen art. 12.3).',
    en: 'The deadline has already been extended. It can be extended only once (GDPR Art. 12(3)).',
  },
  extensionTooLate: {
    fi: 'Kuukauden määräaika on jo kulunut. Jatkamisesta on ilmoitettava ensimmäisen kuukauden aikana (12 art. 3 kohta).',
    sv: 'Tidsfristen på en månad har redan gått ut. Förlängningen ska meddelas inom den första månaden (art. 12.3).',
    en: 'The one-month deadline has passed. An extension must be given within the first month (Art. 12(3)).',
  },
  restrictionNotFound: {
    fi: 'Rajoitusta ei löytynyt tästä pyynnöstä, tai se on jo poistettu.',
    sv: 'Begränsningen hittades inte i den här begäran eller har redan hävts.',
    en: 'The restriction was not found on this request, or it has already been lifted.',
  },
  informBeforeLift: {
    fi: 'Rekisteröidylle on ilmoitettava ennen rajoituksen poistamista (tietosuoja-asetus 18 art. 3 kohta). Lähetä ilmoitus ensin.',
    sv: 'Den registrerade ska underrättas innan begränsningen hävs (dataskyddsförordningen art. 18.3). Skicka underrättelsen först.',
    en: 'The person must be told before the restriction is lifted (GDPR Art. 18(3)). Send the notice first.',
  },
  legalHoldNotLiftable: {
    fi: 'Lakisääteistä säilytystä (kirjanpitoaineisto) ei poisteta käsin; se päättyy säilytysajan umpeuduttua.',
    sv: 'En lagstadgad bevarandeskyldighet (bokföringsmaterial) hävs inte manuellt; den upphör när bevarandetiden löpt ut.',
    en: 'A legal hold (accounting material) is not lifted by hand; it ends when the retention period runs out.',
  },
  identityNotApplicable: {
    fi: 'Henkilöllisyyden voi merkitä tarkistetuksi vain avoimessa pyynnössä.',
    sv: 'Identiteten kan bara markeras som kontrollerad i en öppen begäran.',
    en: 'Identity can be marked as checked only on an open request.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ConsoleMessageKey = keyof typeof consoleMessages;
