import { formatDateTime, formatLocalDate, machineDateTime } from '../lib/format-date';
import { useLocale } from '../lib/use-locale';

/** An instant in the person's language, Helsinki time. */
export function DateTime({ value }: { value: string }) {
  const locale = useLocale();
  return <time dateTime={machineDateTime(value)}>{formatDateTime(value, locale)}</time>;
}

/** A calendar day such as a deadline (`YYYY-MM-DD`). */
export function LocalDate({
  value,
  withWeekday = false,
}: {
  value: string;
  withWeekday?: boolean;
}) {
  const locale = useLocale();
  return <time dateTime={value}>{formatLocalDate(value, locale, { withWeekday })}</time>;
}
