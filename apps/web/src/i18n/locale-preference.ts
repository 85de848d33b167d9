// Which language to show: the `lang` cookie the switcher sets (the API reads
// the same cookie to localise its messages), else the browser's languages,
// else Finnish, the controller's language.
import type { Locale } from '@oikeus/contracts';
import { fallbackLocale, isSupportedLocale } from '../lib/supported-locales';

export const LANG_COOKIE = 'lang';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function localeFromCookie(cookieHeader: string): Locale | undefined {
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === LANG_COOKIE) {
      const value = decodeURIComponent(rest.join('='));
      if (isSupportedLocale(value)) return value;
    }
  }
  return undefined;
}

export function localeFromLanguages(languages: readonly string[]): Locale | undefined {
  for (const tag of languages) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (isSupportedLocale(language)) return language;
  }
  return undefined;
}

export function initialLocale(cookieHeader: string, languages: readonly string[]): Locale {
  return localeFromCookie(cookieHeader) ?? localeFromLanguages(languages) ?? fallbackLocale;
}

/** A first-party, non-secret preference cookie; Lax so links from email keep the language. */
export function langCookie(locale: Locale, isSecure: boolean): string {
  return `${LANG_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${isSecure ? '; Secure' : ''}`;
}

/** Remembers the choice for the app and for the API's own messages. */
export function saveLocaleChoice(locale: Locale): void {
  document.cookie = langCookie(locale, window.location.protocol === 'https:');
}
