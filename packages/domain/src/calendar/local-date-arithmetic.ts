import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths } from 'date-fns';
import { InvalidDateError, asLocalDate, type LocalDate } from './local-date';

// Calendar arithmetic runs on UTC-midnight instants, so the result never
// depends on the time zone of the process running it. Days are whole
// multiples of 86 400 000 ms in UTC (no daylight saving), so adding days and
// counting them is integer arithmetic; only month arithmetic goes through
// date-fns (`UTCDate` makes it use the UTC getters and setters). Deadlines
// and the queue call these for every request, so they create no objects
// beyond one Date per result.
const DAY_MS = 86_400_000;

/** Milliseconds of the date's UTC midnight (years 0–99 too, which Date.UTC maps to 19xx). */
function utcMidnightMs(date: LocalDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  const day = Number(date.slice(8, 10));
  if (year >= 100) return Date.UTC(year, month, day);
  const at = new Date(0);
  at.setUTCFullYear(year, month, day);
  return at.getTime();
}

function toUtcMidnight(date: LocalDate): UTCDate {
  return new UTCDate(utcMidnightMs(date));
}

function fromUtcMidnight(date: Date): LocalDate {
  // The instant is UTC midnight, so its ISO form starts with the date.
  return date.toISOString().slice(0, 10) as LocalDate;
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay`. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface LocalDateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export function localDateParts(date: LocalDate): LocalDateParts {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/** Builds a date from parts (month 1–12); throws `InvalidDateError` when it does not exist. */
export function localDateFromParts(year: number, month: number, day: number): LocalDate {
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    throw new InvalidDateError(`Year out of range: ${year}`);
  }
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return asLocalDate(text);
}

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  // A fractional or non-finite count keeps date-fns' own handling.
  if (!Number.isInteger(days)) return fromUtcMidnight(addDays(toUtcMidnight(date), days));
  return fromUtcMidnight(new Date(utcMidnightMs(date) + days * DAY_MS));
}

/**
 * Adds calendar months; when the target month is shorter, the result is that
 * month's last day (31 January + 1 month = 28 or 29 February), which is the
 * rule of Regulation 1182/71 Art. 3(2)(c).
 */
export function addLocalMonths(date: LocalDate, months: number): LocalDate {
  return fromUtcMidnight(addMonths(toUtcMidnight(date), months));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcMidnightMs(to) - utcMidnightMs(from)) / DAY_MS);
}

export function dayOfWeek(date: LocalDate): DayOfWeek {
  // 1 January 1970 was a Thursday (4).
  return ((((Math.round(utcMidnightMs(date) / DAY_MS) + 4) % 7) + 7) % 7) as DayOfWeek;
}

export function maxLocalDate(first: LocalDate, ...rest: LocalDate[]): LocalDate {
  return rest.reduce((max, date) => (date > max ? date : max), first);
}
