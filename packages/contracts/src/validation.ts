// Localised validation: zod's own messages come from its fi/sv/en locales;
// custom checks use message keys from `validationMessages`, translated here.
// The same function runs in the API and in the web forms.
import { z } from 'zod';
import type { ErrorIssue } from './errors';
import type { Locale } from './locale';
import { portalValidationMessages } from './portal/portal-validation-messages';
import { registerValidationMessages } from './registers/register-validation-messages';
import { reportingValidationMessages } from './console/reporting-validation-messages';

const zodLocales = { fi: z.locales.fi(), sv: z.locales.sv(), en: z.locales.en() } as const;

/** Messages for custom refinements; a schema uses the key as its message. */
export const validationMessages = {
  'email.invalid': {
    fi: 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
    sv: 'Ange e-postadressen i formen namn@exempel.fi.',
    en: 'Enter an email address like name@example.com.',
  },
  'name.required': {
    fi: 'Kirjoita nimesi.',
    sv: 'Skriv ditt namn.',
    en: 'Enter your name.',
  },
  'phone.invalid': {
    fi: 'Anna puhelinnumero, esimerkiksi 040 123 4567 tai +358 40 123 4567.',
    sv: 'Ange ett telefonnummer, till exempel 040 123 4567 eller +358 40 123 4567.',
    en: 'Enter a phone number such as 040 123 4567 or +358 40 123 4567.',
  },
  'text.tooLong': {
    fi: 'Teksti on liian pitkä.',
    sv: 'Texten är för lång.',
    en: 'The text is too long.',
  },
  'rights.required': {
    fi: 'Valitse vähintään yksi oikeus, jota pyyntö koskee.',
    sv: 'Välj minst en rättighet som begäran gäller.',
    en: 'Choose at least one right the request is about.',
  },
  'receivedAt.invalid': {
    fi: 'Anna vastaanottoaika muodossa 2026-12-04T14:30.',
    sv: 'Ange mottagningstiden som 2026-12-04T14:30.',
    en: 'Enter the time of receipt as 2026-12-04T14:30.',
  },
  'registers.required': {
    fi: 'Valitse vähintään yksi rekisteri.',
    sv: 'Välj minst ett register.',
    en: 'Choose at least one register.',
  },
  'code.invalid': {
    fi: 'Koodi on kuusi numeroa.',
    sv: 'Koden består av sex siffror.',
    en: 'The code is six digits.',
  },
  'request.idOrReference': {
    fi: 'Anna pyynnön viite (esimerkiksi OIK-2026-00042) tai tunniste.',
    sv: 'Ange begärans referens (till exempel OIK-2026-00042) eller id.',
    en: "Enter the request's reference (such as OIK-2026-00042) or id.",
  },
  'text.required': {
    fi: 'Tämä tieto tarvitaan.',
    sv: 'Den här uppgiften behövs.',
    en: 'This is required.',
  },
  'password.tooShort': {
    fi: 'Salasanassa on oltava vähintään 12 merkkiä.',
    sv: 'Lösenordet måste ha minst 12 tecken.',
    en: 'The password must be at least 12 characters long.',
  },
  // The one answer for a password link that is malformed, unknown, used or expired:
  // which of them it was would only help someone guessing links.
  'staffPasswordLink.invalid': {
    fi: 'Linkki ei ole enää voimassa. Pyydä uusi kirjautumissivun kohdasta ”Unohditko salasanan?” tai pääkäyttäjältä.',
    sv: 'Länken gäller inte längre. Be om en ny via ”Glömt lösenordet?” på inloggningssidan eller av en huvudanvändare.',
    en: 'This link is no longer valid. Ask for a new one with "Forgot password?" on the sign-in page, or from an admin.',
  },
  'update.empty': {
    fi: 'Valitse jokin muutettava tieto.',
    sv: 'Välj något att ändra.',
    en: 'Choose something to change.',
  },
  'search.empty': {
    fi: 'Anna vähintään yksi hakuehto.',
    sv: 'Ange minst ett sökvillkor.',
    en: 'Enter at least one search term.',
  },
  'date.outOfRange': {
    fi: 'Päivämäärän on oltava vuosien 1900 ja 9999 välillä.',
    sv: 'Datumet måste ligga mellan åren 1900 och 9999.',
    en: 'The date must be between the years 1900 and 9999.',
  },
  'number.outOfRange': {
    fi: 'Luku on liian suuri.',
    sv: 'Talet är för stort.',
    en: 'The number is too large.',
  },
  ...portalValidationMessages,
  ...registerValidationMessages,
  ...reportingValidationMessages,
} as const satisfies Record<string, Record<Locale, string>>;

export type ValidationMessageKey = keyof typeof validationMessages;

/** zod's own messages in the person's language, for parsers that take zod's `error` option (form resolvers). */
export function zodErrorMap(locale: Locale) {
  return zodLocales[locale].localeError;
}

/** A message key from `validationMessages` in the person's language; any other message as it is. */
export function translateValidationMessage(message: string, locale: Locale): string {
  return translate(message, locale);
}

function translate(message: string, locale: Locale): string {
  return message in validationMessages
    ? validationMessages[message as ValidationMessageKey][locale]
    : message;
}

export type LocalizedParseResult<T> =
  { success: true; data: T } | { success: false; issues: ErrorIssue[] };

export function parseLocalized<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
): LocalizedParseResult<z.output<S>> {
  const result = schema.safeParse(input, { error: zodLocales[locale].localeError });
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: translate(issue.message, locale),
    })),
  };
}
