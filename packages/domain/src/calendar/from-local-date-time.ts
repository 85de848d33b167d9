import { TZDate } from '@date-fns/tz';
import { InvalidDateError } from './local-date';
import { assertValidTimeZone } from './time-zone';

/** `YYYY-MM-DDTHH:mm`: a wall-clock time as a form's date and time fields give it. */
export const LOCAL_DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a wall-clock time in a time zone names. A handler logs a letter
 * "received Friday 14:30" in the controller's time; the deadline runs from
 * that instant (EDPB Guidelines 01/2022 §159). In the hour that daylight
 * saving skips, `@date-fns/tz` moves forward; in the repeated hour it takes the first.
 */
export function fromLocalDateTime(value: string, timeZone: string): Date {
  const m = LOCAL_DATE_TIME_PATTERN.exec(value);
  if (!m) throw new InvalidDateError(`Not a local date and time: ${value}`);
  assertValidTimeZone(timeZone);
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new TZDate(year, month - 1, day, hour, minute, timeZone);
  // new TZDate rolls 2026-02-30 over into March; a date that rolls is not a date.
  if (date.getDate() !== day || date.getMonth() !== month - 1 || hour > 23 || minute > 59) {
    throw new InvalidDateError(`Not a local date and time: ${value}`);
  }
  return new Date(date.getTime());
}
