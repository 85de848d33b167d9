import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, differenceInCalendarDays, getDay } from 'date-fns';
import { InvalidDateError, asLocalDate, type LocalDate } from './local-date';

// Calendar arithmetic runs on date-fns over UTC-midnight dates (`UTCDate`
// makes date-fns use the UTC getters and setters), so the result never depends
// on the time zone of the process running it.
function toUtcMidnight(date: LocalDate): UTCDate {
  return new UTCDate(Date.parse(`${date}T00:00:00Z`));
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
  return fromUtcMidnight(addDays(toUtcMidnight(date), days));
}

/**
 * Adds calendar months; when the target month is shorter, the result is that
 * month's last day (31 January + 1 month = 28 or 29 February), which is the
 * rule of Regulation 1182/71 Art. 3(2)(c).
 */
export function addLocalMonths(date: LocalDate, months: number): LocalDate {
  return fromUtcMidnight(addMonths(toUtcMidnight(date), months));
}

/** Negative when `a` is earlier, positive when later, 0 when equal. */
export function compareLocalDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  // ISO dates with four-digit years sort as strings in calendar order.
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(toUtcMidnight(to), toUtcMidnight(from));
}

export function dayOfWeek(date: LocalDate): DayOfWeek {
  return getDay(toUtcMidnight(date)) as DayOfWeek;
}

export function maxLocalDate(first: LocalDate, ...rest: LocalDate[]): LocalDate {
  return rest.reduce((max, date) => (date > max ? date : max), first);
}

export function minLocalDate(first: LocalDate, ...rest: LocalDate[]): LocalDate {
  return rest.reduce((min, date) => (date < min ? date : min), first);
}
