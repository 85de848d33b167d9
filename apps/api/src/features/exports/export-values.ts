import { toLocalDate } from '@oikeus/domain';

/** An instant as ISO 8601 UTC, e.g. 2026-03-02T09:00:00.000Z. */
export function isoInstant(value: Date): string {
  return value.toISOString();
}

export function isoInstantOrNull(value: Date | null): string | null {
  return value === null ? null : value.toISOString();
}

/**
 * A date-only column (stored as an instant) as the `YYYY-MM-DD` it means in
 * the controller's time zone, the same way the retention and erasure code
 * reads it (Kirjanpitolaki 2:10 periods are counted in calendar days).
 */
export function localDate(value: Date, timeZone: string): string {
  // Zone conversion is the slow part of a long invoice history; a person's
  // dates repeat (the same month ends, years), so converted dates are kept.
  const key = `${timeZone}|${value.getTime()}`;
  let date = converted.get(key);
  if (date === undefined) {
    date = toLocalDate(value, timeZone);
    if (converted.size >= 20_000) converted.clear();
    converted.set(key, date);
  }
  return date;
}

const converted = new Map<string, string>();

export function localDateOrNull(value: Date | null, timeZone: string): string | null {
  return value === null ? null : localDate(value, timeZone);
}
