import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { DEFAULT_TIME_ZONE, InvalidDateError, type LocalDate } from './local-date';
import { assertValidTimeZone } from './time-zone';

/**
 * The calendar date an instant falls on in a time zone. A request "reaches the
 * controller" at an instant (EDPB Guidelines 01/2022 §159); the day of receipt
 * is the controller's local date at that instant, so 2026-03-28 23:30 UTC is
 * already 2026-03-29 in Helsinki. `@date-fns/tz` reads the zone's rules from
 * Intl, so daylight-saving changes are handled without offset arithmetic.
 */
export function toLocalDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): LocalDate {
  if (Number.isNaN(instant.getTime())) {
    throw new InvalidDateError('Invalid instant');
  }
  assertValidTimeZone(timeZone);
  // format() always yields a real YYYY-MM-DD date here, so the cast is safe.
  return format(instant, 'yyyy-MM-dd', { in: tz(timeZone) }) as LocalDate;
}
