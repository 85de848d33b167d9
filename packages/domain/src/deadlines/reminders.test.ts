import { describe, expect, it } from 'vitest';
import { asLocalDate } from '../calendar/local-date';
import { createHolidayCalendar } from '../holidays/create-holiday-calendar';
import { holidayCalendarSpecs } from '../holidays/holiday-calendar-specs';
import { computeDeadline } from './compute-deadline';
import { listReminders } from './list-reminders';
import { defaultReminderSchedule, reminderScheduleSchema } from './reminder-schedule';

const calendar = createHolidayCalendar(holidayCalendarSpecs.FI);
// Received Tue 3 March 2026: due Tue 7 April (Easter moves it), target Tue 31 March.
const deadline = computeDeadline({ receivedAt: new Date('2026-03-03T09:00:00Z'), calendar });
const requestId = 'req-1';

describe('reminder schedule', () => {
  it('defaults to 7, 3 and 1 working days before, the target date, and daily overdue escalation', () => {
    expect(reminderScheduleSchema.parse({})).toEqual({
      workingDaysBeforeDue: [7, 3, 1],
      remindOnTargetDate: true,
      overdue: 'every_working_day',
      escalateWhenOverdue: true,
    });
  });

  it('rejects zero or fractional working-day offsets', () => {
    expect(reminderScheduleSchema.safeParse({ workingDaysBeforeDue: [0] }).success).toBe(false);
    expect(reminderScheduleSchema.safeParse({ workingDaysBeforeDue: [1.5] }).success).toBe(false);
  });
});

describe('listReminders', () => {
  it('counts working days back over Easter and lists overdue reminders on working days only', () => {
    const reminders = listReminders({
      requestId,
      deadline,
      calendar,
      through: asLocalDate('2026-04-13'),
    });
    // 7 working days before Tue 7 April, skipping Good Friday and Easter Monday:
    // 2 Apr (1), 1 Apr (2), 31 Mar (3), 30 Mar (4), 27 Mar (5), 26 Mar (6), 25 Mar (7).
    expect(reminders.map((reminder) => `${reminder.dueDate} ${reminder.kind}`)).toEqual([
      '2026-03-25 before_due',
      '2026-03-31 before_due',
      '2026-03-31 target',
      '2026-04-02 before_due',
      '2026-04-08 overdue',
      '2026-04-08 escalation',
      '2026-04-09 overdue',
      '2026-04-09 escalation',
      '2026-04-10 overdue',
      '2026-04-10 escalation',
      '2026-04-13 overdue',
      '2026-04-13 escalation',
    ]);
    expect(reminders[0]).toEqual({
      kind: 'before_due',
      dueDate: '2026-03-25',
      key: 'req-1:before_due:2026-03-25',
      deadlineDate: '2026-04-07',
      workingDaysBefore: 7,
    });
  });

  it('when a reminder would fall before receipt, it is left out', () => {
    // 23 working days before 7 April is 3 March (receipt); 24 would be 2 March.
    const reminders = listReminders({
      requestId,
      deadline,
      calendar,
      schedule: { ...defaultReminderSchedule, workingDaysBeforeDue: [23, 24] },
      through: asLocalDate('2026-04-07'),
    }).filter((reminder) => reminder.kind === 'before_due');
    expect(reminders.map((reminder) => reminder.dueDate)).toEqual(['2026-03-03']);
  });

  it('when the schedule says first_working_day without escalation, only one overdue reminder is listed', () => {
    const reminders = listReminders({
      requestId,
      deadline,
      calendar,
      schedule: {
        ...defaultReminderSchedule,
        overdue: 'first_working_day',
        escalateWhenOverdue: false,
      },
      through: asLocalDate('2026-04-30'),
    }).filter((reminder) => reminder.dueDate > '2026-04-07');
    expect(reminders.map((reminder) => reminder.key)).toEqual(['req-1:overdue:2026-04-08']);
  });

  it('when overdue reminders and the target reminder are switched off, none are listed', () => {
    const reminders = listReminders({
      requestId,
      deadline,
      calendar,
      schedule: { ...defaultReminderSchedule, overdue: 'never', remindOnTargetDate: false },
      through: asLocalDate('2026-04-30'),
    });
    expect(reminders.map((reminder) => reminder.kind)).toEqual([
      'before_due',
      'before_due',
      'before_due',
    ]);
  });
});
