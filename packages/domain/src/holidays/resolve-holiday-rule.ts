import type { LocalDate } from '../calendar/local-date';
import {
  addLocalDays,
  dayOfWeek,
  localDateFromParts,
  localDateParts,
} from '../calendar/local-date-arithmetic';
import { computeEasterSunday } from './compute-easter-sunday';
import { weekdays, type HolidayRule } from './holiday-calendar-spec';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The date a rule gives for its occurrence anchored in `ruleYear`. The date
 * can fall in another year (a large Easter offset, a window over New Year), so
 * callers collect the occurrences of neighbouring years and keep those inside
 * the year they want.
 */
export function resolveHolidayRule(rule: HolidayRule, ruleYear: number): LocalDate | undefined {
  switch (rule.kind) {
    case 'fixed':
      // A 29 February holiday exists only in leap years.
      if (rule.month === 2 && rule.day === 29 && !isLeapYear(ruleYear)) return undefined;
      return localDateFromParts(ruleYear, rule.month, rule.day);
    case 'easter-offset':
      return addLocalDays(computeEasterSunday(ruleYear), rule.offsetDays);
    case 'weekday-in-range': {
      const start = localDateFromParts(ruleYear, rule.from.month, rule.from.day);
      const wanted = weekdays.indexOf(rule.weekday);
      // The schema guarantees a seven-day window, so exactly one day matches.
      const offset = (wanted - dayOfWeek(start) + 7) % 7;
      return addLocalDays(start, offset);
    }
    case 'date':
      return localDateParts(rule.date).year === ruleYear ? rule.date : undefined;
  }
}
