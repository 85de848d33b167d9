import { describe, expect, it } from 'vitest';
import { asLocalDate } from '../calendar/local-date';
import { createHolidayCalendar } from '../holidays/create-holiday-calendar';
import { holidayCalendarSpecs } from '../holidays/holiday-calendar-specs';
import { identityAnswerReminderDate, identityQuestionTiming } from './identity-question';

const calendar = createHolidayCalendar(holidayCalendarSpecs.FI);

describe('identity question timing (Art. 12(6), EDPB 01/2022 §159)', () => {
  // Received Thursday 2 April 2026; Good Friday 3 April and Easter Monday 6 April are holidays.
  const receivedDate = asLocalDate('2026-04-02');

  it('when asked on the fifth working day after receipt, across Easter, it is in time', () => {
    const timing = identityQuestionTiming({
      receivedDate,
      today: asLocalDate('2026-04-13'),
      calendar,
      workingDays: 5,
    });
    expect(timing).toEqual({
      workingDaysSinceReceipt: 5,
      lastTimelyDate: '2026-04-13',
      isLate: false,
    });
  });

  it('when asked on the sixth working day, the pause may not hold', () => {
    const timing = identityQuestionTiming({
      receivedDate,
      today: asLocalDate('2026-04-14'),
      calendar,
      workingDays: 5,
    });
    expect(timing.isLate).toBe(true);
    expect(timing.workingDaysSinceReceipt).toBe(6);
  });

  it('an unanswered question is reminded fourteen calendar days after it was asked', () => {
    expect(identityAnswerReminderDate(asLocalDate('2026-12-24'))).toBe('2027-01-07');
  });
});
