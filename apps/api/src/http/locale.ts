import type { Request } from 'express';
import { isLocale, localeFromAcceptLanguage, type Locale } from '@oikeus/contracts';

/** The person's language: explicit `lang` cookie (set by the UI) first, then Accept-Language. */
export function localeOf(req: Request): Locale {
  const fromCookie: unknown = req.cookies?.lang;
  if (isLocale(fromCookie)) return fromCookie;
  return localeFromAcceptLanguage(req.get('accept-language'));
}
