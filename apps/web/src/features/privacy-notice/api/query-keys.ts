import type { Locale } from '@oikeus/contracts';

/** Keys of the privacy notice, one per language. */
export const privacyNoticeKeys = {
  notice: (locale: Locale) => ['privacy-notice', locale] as const,
};
