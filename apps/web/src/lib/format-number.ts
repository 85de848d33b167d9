import type { Locale } from '@oikeus/contracts';
import { intlLocaleOf } from './format-date';

const cache = new Map<Locale, Intl.NumberFormat>();

/** A count in the person's language: 12 345 in Finnish and Swedish, 12,345 in English. */
export function formatCount(value: number, locale: Locale): string {
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocaleOf(locale), { maximumFractionDigits: 0 });
    cache.set(locale, format);
  }
  return format.format(value);
}
