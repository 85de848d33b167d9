import { z } from 'zod';

/** Every user-facing text exists in Finnish, Swedish and English; Finnish is the fallback. */
export const LOCALES = ['fi', 'sv', 'en'] as const;
export const DEFAULT_LOCALE = 'fi';

export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

const translationSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'required' : 'expected text') })
  .trim()
  .min(1, { error: 'must not be empty' });

export const localizedTextSchema = z.strictObject({
  fi: translationSchema,
  sv: translationSchema,
  en: translationSchema,
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A text that has at least its Finnish version; a parsed `LocalizedText` always qualifies. */
export type LocalizableText = { fi: string } & Partial<Record<Locale, string>>;

/** Any locale tag (`'sv'`, `'en-GB'`, `'de'`) mapped onto a supported locale, or the default. */
export function resolveLocale(locale: string): Locale {
  const language = locale.trim().toLowerCase().split(/[-_]/)[0];
  const parsed = localeSchema.safeParse(language);
  return parsed.success ? parsed.data : DEFAULT_LOCALE;
}
