import type { Locale } from '@oikeus/contracts';

/** Person-readable reporting errors the default per-code texts do not cover. */
export const reportingMessages = {
  handlerUnknown: {
    fi: 'Valittua käsittelijää ei löytynyt.',
    sv: 'Den valda handläggaren hittades inte.',
    en: 'The chosen handler was not found.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
