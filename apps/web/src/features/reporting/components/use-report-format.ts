import { useMemo } from 'react';
import { formatLocalDate, intlLocaleOf } from '../../../lib/format-date';
import { useLocale } from '../../../lib/use-locale';

/** The month `YYYY-MM` as a UTC instant in it, so no time zone moves it to the next or last month. */
function monthInstant(month: string): Date {
  return new Date(`${month}-15T12:00:00Z`);
}

/**
 * Numbers, shares and months in the reader's language: 6,5 and 77,8 % in
 * Finnish and Swedish, 6.5 and 77.8% in English; "maalis 2031", "mars 2031".
 */
export function useReportFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const intl = intlLocaleOf(locale);
    const whole = new Intl.NumberFormat(intl);
    const decimal = new Intl.NumberFormat(intl, { maximumFractionDigits: 1 });
    const share = new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 1 });
    const shortMonth = new Intl.DateTimeFormat(intl, {
      month: 'short',
      year: '2-digit',
      timeZone: 'UTC',
    });
    const longMonth = new Intl.DateTimeFormat(intl, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return {
      count: (n: number) => whole.format(n),
      decimal: (n: number) => decimal.format(n),
      share: (rate: number) => share.format(rate),
      shortMonth: (month: string) => shortMonth.format(monthInstant(month)),
      longMonth: (month: string) => longMonth.format(monthInstant(month)),
      date: (date: string) => formatLocalDate(date, locale),
    };
  }, [locale]);
}
