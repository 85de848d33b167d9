import type { Locale } from '@oikeus/contracts';
import { intlLocaleOf } from './format-date';

/** A byte count as kB or MB in the person's language; binary units, so the 5 MiB limit reads "5 MB". */
export function formatFileSize(bytes: number, locale: Locale): string {
  const inMegabytes = bytes >= 1024 * 1024;
  const value = inMegabytes ? bytes / (1024 * 1024) : Math.max(bytes / 1024, 0.1);
  return new Intl.NumberFormat(intlLocaleOf(locale), {
    style: 'unit',
    unit: inMegabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(value);
}
