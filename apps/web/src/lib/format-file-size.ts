import type { Locale } from '@oikeus/contracts';
import { intlLocaleOf } from './format-date';

/** A byte count as kB or MB in the person's language (1 kB = 1000 B, as file managers show). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const inMegabytes = bytes >= 1_000_000;
  const value = inMegabytes ? bytes / 1_000_000 : Math.max(bytes / 1000, 0.1);
  return new Intl.NumberFormat(intlLocaleOf(locale), {
    style: 'unit',
    unit: inMegabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(value);
}
