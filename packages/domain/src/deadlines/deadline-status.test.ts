import { describe, expect, it } from 'vitest';
import { asLocalDate } from '../calendar/local-date';
import { createHolidayCalendar } from '../holidays/create-holiday-calendar';
import { holidayCalendarSpecs } from '../holidays/holiday-calendar-specs';
import { deadlineStatus } from './deadline-status';

const calendar = createHolidayCalendar(holidayCalendarSpecs.FI);
// Received 3 March 2026: due Tuesday 7 April (after Easter), target Tuesday 31 March.
const deadline = {
  effectiveDueDate: asLocalDate('2026-04-07'),
  targetDate: asLocalDate('2026-03-31'),
};
const statusAt = (iso: string) => deadlineStatus({ deadline, now: new Date(iso), calendar });

describe('deadlineStatus', () => {
  it('on the target date, a week is left, three working days over Easter, not yet at risk', () => {
    // Working days after 31 March up to 7 April: 1, 2 and 7 April.
    expect(statusAt('2026-03-31T09:00:00Z')).toEqual({
      today: '2026-03-31',
      daysLeft: 7,
      workingDaysLeft: 3,
      isAtRisk: false,
      isOverdue: false,
    });
  });

  it('the day after the target date, the request is at risk', () => {
    expect(statusAt('2026-04-01T09:00:00Z')).toMatchObject({
      daysLeft: 6,
      workingDaysLeft: 2,
      isAtRisk: true,
      isOverdue: false,
    });
  });

  it('on Good Friday, the only working day left is the due date itself', () => {
    expect(statusAt('2026-04-03T09:00:00Z')).toMatchObject({ daysLeft: 4, workingDaysLeft: 1 });
  });

  it('on the due date, nothing is left but it is not overdue', () => {
    expect(statusAt('2026-04-07T09:00:00Z')).toMatchObject({
      daysLeft: 0,
      workingDaysLeft: 0,
      isAtRisk: true,
      isOverdue: false,
    });
  });

  it('when the due date has ended in Helsinki (21:30 UTC), it is overdue by a day', () => {
    expect(statusAt('2026-04-07T21:30:00Z')).toMatchObject({
      today: '2026-04-08',
      daysLeft: -1,
      workingDaysLeft: -1,
      isOverdue: true,
    });
  });

  it('over the weekend after the due date, overdue working days count only weekdays', () => {
    // After 7 April, up to Monday 13 April: 8, 9, 10 and 13 April are working days.
    expect(statusAt('2026-04-13T09:00:00Z')).toMatchObject({
      daysLeft: -6,
      workingDaysLeft: -4,
      isOverdue: true,
    });
  });
});
