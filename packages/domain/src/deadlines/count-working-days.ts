import type { LocalDate } from '../calendar/local-date';
import { localDateParts } from '../calendar/local-date-arithmetic';
import type { HolidayCalendar } from '../holidays/create-holiday-calendar';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (a Thursday) of a calendar date. */
function epochDay(date: LocalDate): number {
  const { year, month, day } = localDateParts(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** 0 = Sunday … 6 = Saturday for an epoch day. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Monday–Friday days in the epoch-day range [first, last] (0 when empty). */
function countWeekdays(first: number, last: number): number {
  const total = last - first + 1;
  if (total <= 0) return 0;
  const fullWeeks = Math.floor(total / 7);
  let count = fullWeeks * 5;
  for (let day = first + fullWeeks * 7; day <= last; day += 1) {
    const weekday = weekdayOf(day);
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

/**
 * Working days strictly after `after` up to and including `upTo` (0 when
 * `upTo` is not later), by Regulation 1182/71 Art. 3(3): Monday–Friday minus
 * the calendar's holidays and closing days that fall on a weekday. Whole weeks
 * are counted arithmetically and only the holiday lists of the years in the
 * range are read, so a request overdue by months costs the same as one due
 * tomorrow — the console's queue computes this for every row of a page.
 */
export function countWorkingDays(
  calendar: HolidayCalendar,
  after: LocalDate,
  upTo: LocalDate,
): number {
  if (upTo <= after) return 0;
  const first = epochDay(after) + 1;
  const last = epochDay(upTo);
  let count = countWeekdays(first, last);
  const firstYear = localDateParts(after).year;
  const lastYear = localDateParts(upTo).year;
  for (let year = firstYear; year <= lastYear; year += 1) {
    // Two rules can name the same date (a closing day on a public holiday):
    // each day counts once.
    const seen = new Set<LocalDate>();
    for (const holiday of calendar.holidaysIn(year)) {
      if (holiday.date <= after || holiday.date > upTo || seen.has(holiday.date)) continue;
      seen.add(holiday.date);
      const weekday = weekdayOf(epochDay(holiday.date));
      if (weekday !== 0 && weekday !== 6) count -= 1;
    }
  }
  return count;
}
