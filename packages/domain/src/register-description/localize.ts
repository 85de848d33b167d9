import { resolveLocale, type LocalizableText } from './localized-text';

/**
 * The text in the asked language; Finnish when the locale is not supported
 * or the translation is missing or blank.
 */
export function localize(text: LocalizableText, locale: string): string {
  const translation = text[resolveLocale(locale)];
  return translation !== undefined && translation.trim() !== '' ? translation : text.fi;
}
