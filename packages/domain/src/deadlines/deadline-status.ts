import { DEFAULT_TIME_ZONE, type LocalDate } from '../calendar/local-date';
import { daysBetween } from '../calendar/local-date-arithmetic';
import { toLocalDate } from '../calendar/to-local-date';
import type { HolidayCalendar } from '../holidays/create-holiday-calendar';
import { countWorkingDays } from './count-working-days';
import type { Deadline } from './deadline';

export interface DeadlineStatus {
  today: LocalDate;
  /** Calendar days from today to the effective due date; 0 on the day, negative when overdue. */
  daysLeft: number;
  /**
   * Working days after today up to and including the due date; when overdue,
   * minus the working days after the due date up to and including today.
   */
  workingDaysLeft: number;
  /** Today is after the internal target date. */
  isAtRisk: boolean;
  /** Today is after the effective due date (the period ends at the end of that day). */
  isOverdue: boolean;
}

/** What a queue row shows: the part of `DeadlineStatus` that needs no calendar. */
export type DeadlineFlags = Pick<DeadlineStatus, 'daysLeft' | 'isAtRisk' | 'isOverdue'>;

/**
 * `daysLeft`, `isAtRisk` and `isOverdue` for a `today` already converted to
 * the controller's date, so a list converts the instant once per page rather
 * than once per row. Same values as `deadlineStatus` gives for that day.
 */
export function deadlineFlags(
  deadline: Pick<Deadline, 'effectiveDueDate' | 'targetDate'>,
  today: LocalDate,
): DeadlineFlags {
  return {
    daysLeft: daysBetween(today, deadline.effectiveDueDate),
    isAtRisk: today > deadline.targetDate,
    isOverdue: today > deadline.effectiveDueDate,
  };
}

/** Where a request stands against its deadline, for the handler's queue. */
export function deadlineStatus(input: {
  deadline: Pick<Deadline, 'effectiveDueDate' | 'targetDate'>;
  now: Date;
  timeZone?: string;
  calendar: HolidayCalendar;
}): DeadlineStatus {
  const { deadline, calendar } = input;
  const today = toLocalDate(input.now, input.timeZone ?? DEFAULT_TIME_ZONE);
  const due = deadline.effectiveDueDate;
  const flags = deadlineFlags(deadline, today);
  return {
    today,
    daysLeft: flags.daysLeft,
    workingDaysLeft: flags.isOverdue
      ? -countWorkingDays(calendar, due, today)
      : countWorkingDays(calendar, today, due),
    isAtRisk: flags.isAtRisk,
    isOverdue: flags.isOverdue,
  };
}
