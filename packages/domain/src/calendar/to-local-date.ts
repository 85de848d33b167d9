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
  const ms = instant.getTime();
  if (Number.isNaN(ms)) {
    throw new InvalidDateError('Invalid instant');
  }
  const key = `${timeZone}|${ms}`;
  const known = recent.get(key);
  if (known !== undefined) return known;
  assertValidTimeZone(timeZone);
  // format() always yields a real YYYY-MM-DD date here, so the cast is safe.
  const date = format(instant, 'yyyy-MM-dd', { in: tz(timeZone) }) as LocalDate;
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(key, date);
  return date;
}

/**
 * The same instants come back many times (a scan converts "now" once per
 * request, a page of requests shares pause and receipt instants), and a
 * time-zone conversion costs far more than a map lookup. Exact instants
 * only, so the answer is always the conversion's own; bounded, cleared when full.
 */
const RECENT_LIMIT = 10_000;
const recent = new Map<string, LocalDate>();
