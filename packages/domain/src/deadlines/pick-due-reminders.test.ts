import { describe, expect, it } from 'vitest';
import { asLocalDate, type LocalDate } from '../calendar/local-date';
import { createHolidayCalendar } from '../holidays/create-holiday-calendar';
import { holidayCalendarSpecs } from '../holidays/holiday-calendar-specs';
import { computeDeadline } from './compute-deadline';
import { pickDueReminders, workingDaysOverdue } from './pick-due-reminders';
import { defaultReminderSchedule } from './reminder-schedule';

const calendar = createHolidayCalendar(holidayCalendarSpecs.FI);
// Received Thursday 5 March 2026 → due Tuesday 7 April 2026: 5 April is Easter
// Sunday and 6 April Easter Monday (Reg. 1182/71 Art. 3(4)).
const deadline = computeDeadline({
  receivedAt: new Date('2026-03-05T10:00:00Z'),
  calendar,
  timeZone: 'Europe/Helsinki',
});

function pick(today: string, catchUpWorkingDays?: number) {
  return pickDueReminders({
    requestId: 'r1',
    deadline,
    calendar,
    schedule: defaultReminderSchedule,
    today: asLocalDate(today),
    ...(catchUpWorkingDays === undefined ? {} : { catchUpWorkingDays }),
  }).map((r) => `${r.kind}:${r.dueDate}`);
}

describe('pickDueReminders', () => {
  it('the deadline of a request received on 5 March 2026 moves past Easter to Tuesday 7 April', () => {
    expect(deadline.effectiveDueDate).toBe('2026-04-07');
  });

  it('on the day a reminder falls due, that reminder is picked', () => {
    // 1 working day before Tue 7 April is Thu 2 April (Good Friday 3 April and Easter Monday 6 April are holidays).
    expect(pick('2026-04-02')).toContain('before_due:2026-04-02');
  });

  it('the day after, a missed reminder is still picked (catch-up), but not once the window has passed', () => {
    expect(pick('2026-04-07', 0)).toEqual([]);
    // 7 April itself has no reminder; with a window of one working day, 2 April's is still within it.
    expect(pick('2026-04-07', 1)).toEqual(['before_due:2026-04-02']);
    expect(pick('2026-04-10', 2)).toEqual(['overdue:2026-04-10', 'escalation:2026-04-10']);
  });

  it('when overdue for several days, only the latest overdue reminder of each kind is picked', () => {
    expect(pick('2026-04-09')).toEqual(['overdue:2026-04-09', 'escalation:2026-04-09']);
  });
  it('on the target date, the three-day reminder and the target reminder are picked', () => {
    // 3 working days before Tue 7 April is Tue 31 March, which is also the target date.
    expect(pick('2026-03-31')).toEqual(['before_due:2026-03-31', 'target:2026-03-31']);
  });

  it("the catch-up window counts working days, so on Easter Monday Thursday's reminder still comes", () => {
    expect(pick('2026-04-06', 0)).toEqual(['before_due:2026-04-02']);
  });

  it("on an overdue Saturday, Friday's overdue reminder and escalation are the latest", () => {
    expect(pick('2026-04-11')).toEqual(['overdue:2026-04-10', 'escalation:2026-04-10']);
  });
});

describe('workingDaysOverdue', () => {
  it('counts working days after the due date, skipping weekends and holidays', () => {
    const due = asLocalDate('2026-06-18'); // Thursday before Midsummer Eve
    expect(workingDaysOverdue(calendar, due, asLocalDate('2026-06-22'))).toBe(1);
    expect(workingDaysOverdue(calendar, due, asLocalDate('2026-06-23'))).toBe(2);
    expect(workingDaysOverdue(calendar, due, '2026-06-19' as LocalDate)).toBe(1);
  });
});
