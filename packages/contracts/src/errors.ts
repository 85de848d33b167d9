import { z } from 'zod';
import type { Locale } from './locale';

/** The small set of error codes every API response uses (STYLE.md "Errors"). */
export const errorCodes = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'ILLEGAL_TRANSITION',
  'INTERNAL',
  'UNAVAILABLE',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorIssueSchema = z.object({ path: z.string(), message: z.string() });
export type ErrorIssue = z.infer<typeof errorIssueSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.array(errorIssueSchema).optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Default, person-readable message for each code in each language. */
export const errorMessages: Record<ErrorCode, Record<Locale, string>> = {
  VALIDATION_FAILED: {
    fi: 'Tarkista lomakkeen tiedot.',
    sv: 'Kontrollera uppgifterna i formuläret.',
    en: 'Please check the information you entered.',
  },
  UNAUTHENTICATED: {
    fi: 'Kirjaudu sisään jatkaaksesi.',
    sv: 'Logga in för att fortsätta.',
    en: 'Please sign in to continue.',
  },
  FORBIDDEN: {
    fi: 'Sinulla ei ole oikeutta tähän toimintoon.',
    sv: 'Du har inte behörighet till den här åtgärden.',
    en: 'You are not allowed to do this.',
  },
  NOT_FOUND: {
    fi: 'Hakemaasi kohdetta ei löytynyt.',
    sv: 'Det du söker hittades inte.',
    en: 'What you were looking for was not found.',
  },
  CONFLICT: {
    fi: 'Joku muu muutti tätä samaan aikaan. Lataa sivu uudelleen ja yritä uudestaan.',
    sv: 'Någon annan ändrade detta samtidigt. Ladda om sidan och försök igen.',
    en: 'Someone else changed this at the same time. Reload and try again.',
  },
  RATE_LIMITED: {
    fi: 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
    sv: 'För många försök. Vänta en stund och försök igen.',
    en: 'Too many attempts. Please wait a moment and try again.',
  },
  PAYLOAD_TOO_LARGE: {
    fi: 'Lähetetty tieto on liian suuri.',
    sv: 'Det du skickade är för stort.',
    en: 'What you sent is too large.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    fi: 'Tiedostotyyppiä ei tueta.',
    sv: 'Filtypen stöds inte.',
    en: 'This file type is not supported.',
  },
  ILLEGAL_TRANSITION: {
    fi: 'Pyynnön tila ei salli tätä toimintoa.',
    sv: 'Begärans status tillåter inte denna åtgärd.',
    en: 'The request is not in a state that allows this.',
  },
  INTERNAL: {
    fi: 'Jokin meni vikaan. Yritä hetken kuluttua uudelleen.',
    sv: 'Något gick fel. Försök igen om en stund.',
    en: 'Something went wrong. Please try again shortly.',
  },
  UNAVAILABLE: {
    fi: 'Palvelu on hetken poissa käytöstä. Yritä hetken kuluttua uudelleen.',
    sv: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.',
    en: 'The service is briefly unavailable. Please try again in a moment.',
  },
};
