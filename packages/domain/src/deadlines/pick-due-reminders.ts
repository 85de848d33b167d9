import type { LocalDate } from '../calendar/local-date';
import type { HolidayCalendar } from '../holidays/create-holiday-calendar';
import { countWorkingDays } from './count-working-days';
import type { Deadline } from './deadline';
import { listReminders, type Reminder, type ReminderKind } from './list-reminders';
import type { ReminderSchedule } from './reminder-schedule';

export interface PickDueRemindersInput {
  requestId: string;
  deadline: Pick<Deadline, 'receivedDate' | 'effectiveDueDate' | 'targetDate'>;
  calendar: HolidayCalendar;
  schedule: ReminderSchedule;
  /** The controller's local date now. */
  today: LocalDate;
  /**
   * How many working days back a missed reminder is still sent (the worker was
   * down, or the scan ran before the day's first run). Older ones are stale.
   */
  catchUpWorkingDays?: number;
}

/**
 * The reminders to send for one request today: the domain schedule
 * (`listReminders`) up to today, limited to a short catch-up window, and only
 * the latest of each kind, so a worker that was down on Monday sends Monday's
 * "3 days left" on Tuesday but never a pile of yesterday's and today's
 * overdue notices. Whether one was already sent is the unique key's job.
 */
export function pickDueReminders(input: PickDueRemindersInput): Reminder[] {
  const { calendar, today } = input;
  const catchUp = input.catchUpWorkingDays ?? 2;
  // Reminders fall on working days, so count the window in working days.
  const earliest = calendar.addWorkingDays(calendar.workingDayOnOrBefore(today), -catchUp);
  const all = listReminders({
    requestId: input.requestId,
    deadline: input.deadline,
    calendar,
    schedule: input.schedule,
    through: today,
  });
  const latest = new Map<ReminderKind, Reminder>();
  for (const reminder of all) {
    if (reminder.dueDate < earliest) continue;
    // listReminders is in date order, so a later one replaces an earlier one.
    latest.set(reminder.kind, reminder);
  }
  return [...latest.values()];
}

/** Working days from the day after `dueDate` through `date` (1 on the first overdue working day). */
export function workingDaysOverdue(
  calendar: HolidayCalendar,
  dueDate: LocalDate,
  date: LocalDate,
): number {
  return Math.max(countWorkingDays(calendar, dueDate, date), 1);
}
