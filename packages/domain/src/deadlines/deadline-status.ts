import { DEFAULT_TIME_ZONE, type LocalDate } from '../calendar/local-date';
import { addLocalDays, daysBetween } from '../calendar/local-date-arithmetic';
import { toLocalDate } from '../calendar/to-local-date';
import type { HolidayCalendar } from '../holidays/create-holiday-calendar';
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

function countWorkingDays(calendar: HolidayCalendar, after: LocalDate, upTo: LocalDate): number {
  let count = 0;
  for (let day = addLocalDays(after, 1); day <= upTo; day = addLocalDays(day, 1)) {
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return count;
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
  const isOverdue = today > due;
  return {
    today,
    daysLeft: daysBetween(today, due),
    workingDaysLeft: isOverdue
      ? -countWorkingDays(calendar, due, today)
      : countWorkingDays(calendar, today, due),
    isAtRisk: today > deadline.targetDate,
    isOverdue,
  };
}
