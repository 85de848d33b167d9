import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, fi, sv } from 'date-fns/locale';
import { resolveLocale, type Locale } from './localized-text';

const patterns: Record<Locale, { pattern: string; locale: typeof fi }> = {
  fi: { pattern: 'd.M.yyyy', locale: fi },
  sv: { pattern: 'd MMMM yyyy', locale: sv },
  en: { pattern: 'd MMMM yyyy', locale: enGB },
};

/** A `YYYY-MM-DD` date as readers of each language write it: 5.7.2023, 5 juli 2023, 5 July 2023. */
export function formatNoticeDate(date: string, locale: string): string {
  const { pattern, locale: dateLocale } = patterns[resolveLocale(locale)];
  // Read at UTC midnight and format in UTC, so the process time zone cannot shift the day.
  return format(new TZDate(Date.parse(`${date}T00:00:00Z`), 'UTC'), pattern, {
    locale: dateLocale,
  });
}
