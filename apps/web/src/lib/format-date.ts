// Dates in the person's language and in the controller's time zone: a
// deadline is a day in Finland, whoever reads it and wherever they are.
import type { Locale } from '@oikeus/contracts';

/** Inope Oy is in Finland; deadlines and receipt times are Helsinki time (DESIGN.md "Deadline rules"). */
export const CONTROLLER_TIME_ZONE = 'Europe/Helsinki';

/** Finnish and Swedish as written in Finland; British English for day-month-year order. */
const intlLocales: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function intlLocaleOf(locale: Locale): string {
  return intlLocales[locale];
}

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales[locale], options);
    cache.set(key, format);
  }
  return format;
}

function toDate(instant: string | Date): Date {
  return instant instanceof Date ? instant : new Date(instant);
}

/** An instant (ISO 8601 with offset) as date and time in Helsinki. */
export function formatDateTime(instant: string | Date, locale: Locale): string {
  return formatter(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: CONTROLLER_TIME_ZONE,
  }).format(toDate(instant));
}

/** The Helsinki calendar day of an instant, e.g. 2.3.2026 / 2 Mar 2026. */
export function formatInstantDate(instant: string | Date, locale: Locale): string {
  return formatter(locale, { dateStyle: 'medium', timeZone: CONTROLLER_TIME_ZONE }).format(
    toDate(instant),
  );
}

/**
 * A calendar date (`YYYY-MM-DD`, e.g. a deadline) written out. It is a day,
 * not an instant: read and written in UTC so no time zone can move it.
 */
export function formatLocalDate(
  date: string,
  locale: Locale,
  options: { withWeekday?: boolean } = {},
): string {
  const instant = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(instant.getTime())) return date;
  return formatter(locale, {
    dateStyle: options.withWeekday ? 'full' : 'long',
    timeZone: 'UTC',
  }).format(instant);
}

/** The machine-readable value for a `<time dateTime>` attribute. */
export function machineDateTime(instant: string | Date): string {
  return toDate(instant).toISOString();
}
