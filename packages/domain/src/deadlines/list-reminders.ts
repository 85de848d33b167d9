import type { LocalDate } from '../calendar/local-date';
import type { HolidayCalendar } from '../holidays/create-holiday-calendar';
import type { Deadline } from './deadline';
import { defaultReminderSchedule, type ReminderSchedule } from './reminder-schedule';

/**
 * `identity_unanswered`: an identity question waited 14 days without an
 * answer (Art. 12(2), 11(2)); the reminders feature adds it from the pause,
 * not from the deadline.
 */
export type ReminderKind =
  'before_due' | 'target' | 'overdue' | 'escalation' | 'identity_unanswered';

export interface Reminder {
  kind: ReminderKind;
  /** The local date the reminder is due on. */
  dueDate: LocalDate;
  /**
   * `${requestId}:${kind}:${dueDate}` — unique, so a store with a unique
   * index sends each reminder at most once however many workers run.
   */
  key: string;
  /** The deadline the reminder is about. */
  deadlineDate: LocalDate;
  /** For `before_due`: how many working days before the deadline. */
  workingDaysBefore?: number;
}

export interface ListRemindersInput {
  requestId: string;
  deadline: Pick<Deadline, 'receivedDate' | 'effectiveDueDate' | 'targetDate'>;
  calendar: HolidayCalendar;
  schedule?: ReminderSchedule;
  /** List reminders due on or before this date (overdue reminders go on for ever). */
  through: LocalDate;
}

function reminder(
  requestId: string,
  kind: ReminderKind,
  dueDate: LocalDate,
  deadlineDate: LocalDate,
  workingDaysBefore?: number,
): Reminder {
  return {
    kind,
    dueDate,
    key: `${requestId}:${kind}:${dueDate}`,
    deadlineDate,
    ...(workingDaysBefore === undefined ? {} : { workingDaysBefore }),
  };
}

const kindOrder: Record<ReminderKind, number> = {
  before_due: 0,
  target: 1,
  overdue: 2,
  escalation: 3,
  identity_unanswered: 4,
};

/**
 * Every reminder for a deadline due on or before `through`, in date order. A
 * worker that missed days can send those whose key it has not stored yet.
 * Reminders dated before receipt are dropped (a long schedule on a short
 * period); they all fall on working days.
 */
export function listReminders(input: ListRemindersInput): Reminder[] {
  const { requestId, deadline, calendar, through } = input;
  const schedule = input.schedule ?? defaultReminderSchedule;
  const due = deadline.effectiveDueDate;
  const reminders: Reminder[] = [];

  for (const count of new Set(schedule.workingDaysBeforeDue)) {
    const date = calendar.addWorkingDays(due, -count);
    if (date >= deadline.receivedDate) {
      reminders.push(reminder(requestId, 'before_due', date, due, count));
    }
  }
  if (schedule.remindOnTargetDate) {
    reminders.push(reminder(requestId, 'target', deadline.targetDate, due));
  }
  if (schedule.overdue !== 'never') {
    // The period ends at the end of the due date (Reg. 1182/71 Art. 3(4)), so
    // the request is overdue from the next day; handlers are reminded on
    // working days only.
    for (
      let date = calendar.nextWorkingDay(due);
      date <= through;
      date = calendar.nextWorkingDay(date)
    ) {
      reminders.push(reminder(requestId, 'overdue', date, due));
      if (schedule.escalateWhenOverdue) {
        reminders.push(reminder(requestId, 'escalation', date, due));
      }
      if (schedule.overdue === 'first_working_day') break;
    }
  }

  return reminders
    .filter((item) => item.dueDate <= through)
    .sort((a, b) =>
      a.dueDate === b.dueDate
        ? kindOrder[a.kind] - kindOrder[b.kind]
        : a.dueDate < b.dueDate
          ? -1
          : 1,
    );
}
