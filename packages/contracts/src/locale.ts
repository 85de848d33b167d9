import { DEFAULT_LOCALE, LOCALES, localeSchema, type Locale } from '@oikeus/domain';

/** The domain owns the list of languages; Finnish is the default (DESIGN.md). */
export const locales = LOCALES;
export const defaultLocale: Locale = DEFAULT_LOCALE;
export { localeSchema, type Locale };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: tag.toLowerCase().slice(0, 2), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q);
  return (ranked.find((x) => isLocale(x.lang))?.lang as Locale | undefined) ?? defaultLocale;
}
