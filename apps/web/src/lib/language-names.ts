import type { Locale } from '@oikeus/contracts';

/** Each language in its own words, as people look for their language in a list. */
export const nativeLanguageNames: Record<Locale, string> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
};
