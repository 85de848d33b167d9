import { InvalidDateError, type LocalDate } from '../calendar/local-date';
import { addLocalDays, dayOfWeek, localDateParts } from '../calendar/local-date-arithmetic';
import {
  closingDaySchema,
  holidayCalendarSpecSchema,
  type ClosingDayInput,
  type HolidayCalendarSpecInput,
} from './holiday-calendar-spec';
import { resolveHolidayRule } from './resolve-holiday-rule';
import type { LocalizedText } from '../register-description/localized-text';

export interface Holiday {
  date: LocalDate;
  /** The rule id (e.g. `midsummer-eve`), or `closing-day` for a controller's own closing day. */
  id: string;
  name: LocalizedText;
  isClosingDay: boolean;
}

/** Why a day is not a working day, as shown when a deadline moves past it. */
export interface NonWorkingDay {
  date: LocalDate;
  reason: 'saturday' | 'sunday' | 'holiday';
  holidayName?: LocalizedText;
}

export interface HolidayCalendar {
  readonly code: string;
  readonly name: LocalizedText;
  /** Holidays and closing days of the year, in date order. */
  holidaysIn(year: number): readonly Holiday[];
  /** The name of the holiday or closing day on that date, or undefined. */
  holidayOn(date: LocalDate): LocalizedText | undefined;
  /** Why the date is not a working day, or undefined when it is one. */
  nonWorkingReason(date: LocalDate): NonWorkingDay | undefined;
  /** Monday–Friday and not a holiday or closing day (Regulation 1182/71 Art. 3(4)). */
  isWorkingDay(date: LocalDate): boolean;
  /** The first working day strictly after the date. */
  nextWorkingDay(date: LocalDate): LocalDate;
  /** The last working day strictly before the date. */
  previousWorkingDay(date: LocalDate): LocalDate;
  /** The date itself when it is a working day, else the next one. */
  workingDayOnOrAfter(date: LocalDate): LocalDate;
  /** The date itself when it is a working day, else the previous one. */
  workingDayOnOrBefore(date: LocalDate): LocalDate;
  /** Moves by whole working days; negative counts go back. 0 returns the date unchanged. */
  addWorkingDays(date: LocalDate, workingDays: number): LocalDate;
}

// A real calendar never has a year without working days; the bound stops a
// malformed spec (every day a closing day) from looping for ever.
const MAX_SEARCH_DAYS = 400;

/**
 * Builds a working-day calendar from a country spec plus any closing days of
 * the controller. Holidays are resolved once per year and cached.
 *
 * Note: Regulation 1182/71 Art. 2 counts only the Member State's public
 * holidays. Closing days passed here also stop a period from ending on them,
 * so a controller that adds them accepts a later legal deadline than the
 * regulation gives; the deadline engine uses whatever calendar it is given.
 */
export function createHolidayCalendar(
  spec: HolidayCalendarSpecInput,
  extraClosingDates: readonly ClosingDayInput[] = [],
): HolidayCalendar {
  const parsed = holidayCalendarSpecSchema.parse(spec);
  const closingDays = [
    ...parsed.closingDays,
    ...extraClosingDates.map((day) => closingDaySchema.parse(day)),
  ];
  const cache = new Map<number, { list: Holiday[]; byDate: Map<LocalDate, Holiday> }>();

  function yearTable(year: number) {
    const cached = cache.get(year);
    if (cached) return cached;
    if (!Number.isInteger(year) || year < 1584 || year > 9998) {
      throw new InvalidDateError(`Holiday calendars cover the years 1584–9998, got ${year}`);
    }
    const list: Holiday[] = [];
    // Neighbouring years too: a rule anchored in one year may land in the next.
    for (const ruleYear of [year - 1, year, year + 1]) {
      for (const rule of parsed.rules) {
        const date = resolveHolidayRule(rule, ruleYear);
        if (date !== undefined && localDateParts(date).year === year) {
          list.push({ date, id: rule.id, name: rule.name, isClosingDay: false });
        }
      }
    }
    for (const day of closingDays) {
      if (localDateParts(day.date).year === year) {
        list.push({ date: day.date, id: 'closing-day', name: day.name, isClosingDay: true });
      }
    }
    // Stable sort keeps rule order on a shared date, so a public holiday
    // (listed first) names the day over a closing day.
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const byDate = new Map<LocalDate, Holiday>();
    for (const holiday of list) {
      if (!byDate.has(holiday.date)) byDate.set(holiday.date, holiday);
    }
    const table = { list, byDate };
    cache.set(year, table);
    return table;
  }

  function holidayEntryOn(date: LocalDate): Holiday | undefined {
    return yearTable(localDateParts(date).year).byDate.get(date);
  }

  function nonWorkingReason(date: LocalDate): NonWorkingDay | undefined {
    // A named holiday explains more than "Saturday" (Midsummer Day and All
    // Saints' Day always fall on a Saturday), so it wins.
    const holiday = holidayEntryOn(date);
    if (holiday) return { date, reason: 'holiday', holidayName: holiday.name };
    const weekday = dayOfWeek(date);
    if (weekday === 6) return { date, reason: 'saturday' };
    if (weekday === 0) return { date, reason: 'sunday' };
    return undefined;
  }

  function isWorkingDay(date: LocalDate): boolean {
    return nonWorkingReason(date) === undefined;
  }

  function step(date: LocalDate, direction: 1 | -1, includeStart: boolean): LocalDate {
    let current = includeStart ? date : addLocalDays(date, direction);
    for (let i = 0; i < MAX_SEARCH_DAYS; i += 1) {
      if (isWorkingDay(current)) return current;
      current = addLocalDays(current, direction);
    }
    throw new InvalidDateError(`No working day within ${MAX_SEARCH_DAYS} days of ${date}`);
  }

  return {
    code: parsed.code,
    name: parsed.name,
    holidaysIn: (year) => yearTable(year).list,
    holidayOn: (date) => holidayEntryOn(date)?.name,
    nonWorkingReason,
    isWorkingDay,
    nextWorkingDay: (date) => step(date, 1, false),
    previousWorkingDay: (date) => step(date, -1, false),
    workingDayOnOrAfter: (date) => step(date, 1, true),
    workingDayOnOrBefore: (date) => step(date, -1, true),
    addWorkingDays(date, workingDays) {
      if (!Number.isInteger(workingDays)) {
        throw new RangeError(`Working days must be a whole number, got ${workingDays}`);
      }
      let current = date;
      const direction = workingDays < 0 ? -1 : 1;
      for (let i = 0; i < Math.abs(workingDays); i += 1) {
        current = step(current, direction, false);
      }
      return current;
    },
  };
}
