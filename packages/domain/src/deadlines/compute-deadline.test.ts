import { describe, expect, it } from 'vitest';
import { createHolidayCalendar } from '../holidays/create-holiday-calendar';
import { holidayCalendarSpecs } from '../holidays/holiday-calendar-specs';
import { computeDeadline, type ComputeDeadlineInput } from './compute-deadline';
import { InvalidSuspensionError } from './suspension';

const calendar = createHolidayCalendar(holidayCalendarSpecs.FI);

/** Received at 09:00 UTC, i.e. late morning in Helsinki, on the given date. */
function received(date: string, overrides: Partial<ComputeDeadlineInput> = {}) {
  return computeDeadline({ receivedAt: new Date(`${date}T09:00:00Z`), calendar, ...overrides });
}

const at = (iso: string) => new Date(iso);

describe('computeDeadline — one month (Reg. 1182/71 Art. 3(1), 3(2)(c))', () => {
  it('EDPB §160: received 5 March 2024, due Friday 5 April 2024', () => {
    const deadline = received('2024-03-05');
    expect(deadline.receivedDate).toBe('2024-03-05');
    expect(deadline.plainDueDate).toBe('2024-04-05');
    expect(deadline.dueDate).toBe('2024-04-05');
    expect(deadline.skippedDays).toEqual([]);
  });

  it('EDPB §160: received 31 August 2026, due Wednesday 30 September 2026', () => {
    const deadline = received('2026-08-31');
    expect(deadline.plainDueDate).toBe('2026-09-30');
    expect(deadline.dueDate).toBe('2026-09-30');
  });

  it('when received on 31 January 2025, due Friday 28 February 2025', () => {
    expect(received('2025-01-31').dueDate).toBe('2025-02-28');
  });

  it('when received on 31 January 2024 (leap year), due Thursday 29 February 2024', () => {
    expect(received('2024-01-31').dueDate).toBe('2024-02-29');
    expect(received('2024-01-29').dueDate).toBe('2024-02-29');
  });

  it('when received on 31 January 2026, the end (Saturday 28 February) moves to Monday 2 March', () => {
    const deadline = received('2026-01-31');
    expect(deadline.plainDueDate).toBe('2026-02-28');
    expect(deadline.dueDate).toBe('2026-03-02');
    expect(deadline.skippedDays).toEqual([
      { date: '2026-02-28', reason: 'saturday' },
      { date: '2026-03-01', reason: 'sunday' },
    ]);
    expect(deadline.reasoning).toContainEqual({
      step: 'one-month',
      from: '2026-01-31',
      date: '2026-02-28',
      isClampedToMonthEnd: true,
    });
  });

  it('when received on leap day 2024, the end (Good Friday 29 March) moves past Easter to Tuesday 2 April', () => {
    const deadline = received('2024-02-29');
    expect(deadline.plainDueDate).toBe('2024-03-29');
    expect(deadline.dueDate).toBe('2024-04-02');
    expect(deadline.skippedDays.map((day) => [day.date, day.reason, day.holidayName?.en])).toEqual([
      ['2024-03-29', 'holiday', 'Good Friday'],
      ['2024-03-30', 'saturday', undefined],
      ['2024-03-31', 'holiday', 'Easter Sunday'],
      ['2024-04-01', 'holiday', 'Easter Monday'],
    ]);
  });
});

describe('computeDeadline — weekend and holiday shift (Art. 3(4))', () => {
  it('when the period ends on Good Friday 2026, it moves over the Easter block to Tuesday 7 April', () => {
    const deadline = received('2026-03-03');
    expect(deadline.dueDate).toBe('2026-04-07');
    expect(deadline.skippedDays.map((day) => day.date)).toEqual([
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
      '2026-04-06',
    ]);
  });

  it('when the period ends on Ascension Day (Thursday 14 May 2026), it moves to Friday 15 May', () => {
    const deadline = received('2026-04-14');
    expect(deadline.dueDate).toBe('2026-05-15');
    expect(deadline.skippedDays[0]?.holidayName?.fi).toBe('Helatorstai');
  });

  it('when the deadline falls on Midsummer Eve, it moves to the next working day (Monday 22 June 2026)', () => {
    const deadline = received('2026-05-19');
    expect(deadline.plainDueDate).toBe('2026-06-19');
    expect(deadline.dueDate).toBe('2026-06-22');
    expect(deadline.skippedDays.map((day) => day.holidayName?.en ?? day.reason)).toEqual([
      'Midsummer Eve',
      'Midsummer Day',
      'sunday',
    ]);
  });

  it('when the deadline falls on Midsummer Day (Saturday 20 June 2026), it moves to Monday 22 June', () => {
    expect(received('2026-05-20').dueDate).toBe('2026-06-22');
  });

  it('when the period ends on Christmas Eve 2026 (Thursday), it moves past St Stephen’s Day and the weekend to Monday 28 December', () => {
    const deadline = received('2026-11-24');
    expect(deadline.dueDate).toBe('2026-12-28');
    expect(deadline.skippedDays.map((day) => day.holidayName?.en ?? day.reason)).toEqual([
      'Christmas Eve',
      'Christmas Day',
      "St Stephen's Day",
      'sunday',
    ]);
  });

  it('when the period ends on Saturday 22 December 2018, five days are skipped to Thursday 27 December', () => {
    const deadline = received('2018-11-22');
    expect(deadline.dueDate).toBe('2018-12-27');
    expect(deadline.skippedDays).toHaveLength(5);
  });

  it('when the period ends on Independence Day (Monday 6 December 2027), it moves to Tuesday 7 December', () => {
    expect(received('2027-11-06').dueDate).toBe('2027-12-07');
  });

  it("when the period ends on New Year's Day 2027 (Friday), it moves to Monday 4 January", () => {
    const deadline = received('2026-12-01');
    expect(deadline.plainDueDate).toBe('2027-01-01');
    expect(deadline.dueDate).toBe('2027-01-04');
  });

  it('when the period ends on Epiphany (Tuesday 6 January 2026), it moves to Wednesday 7 January', () => {
    expect(received('2025-12-06').dueDate).toBe('2026-01-07');
  });

  it("when the period ends on New Year's Eve, it stays there: 31 December is a working day", () => {
    // Received Mon 30 Nov 2026; a one-day pause moves 30 Dec to Thu 31 Dec.
    const deadline = received('2026-11-30', {
      suspensions: [{ from: at('2026-12-01T09:00:00Z'), to: at('2026-12-02T09:00:00Z') }],
    });
    expect(deadline.dueDate).toBe('2026-12-31');
    expect(deadline.skippedDays).toEqual([]);
  });
});

describe('computeDeadline — receipt', () => {
  it('when received on a Saturday, the period still counts from that day', () => {
    const deadline = received('2026-02-07');
    expect(deadline.receivedDate).toBe('2026-02-07');
    expect(deadline.reasoning[0]).toMatchObject({ step: 'receipt', isWorkingDay: false });
    // Sat 7 March → Mon 9 March.
    expect(deadline.dueDate).toBe('2026-03-09');
  });

  it('when received on May Day 2026 (a holiday), the period still counts from that day', () => {
    const deadline = received('2026-05-01');
    expect(deadline.dueDate).toBe('2026-06-01');
  });

  it('when received at 23:30 UTC on 28 March 2026, the receipt day is 29 March in Helsinki', () => {
    const deadline = computeDeadline({ receivedAt: at('2026-03-28T23:30:00Z'), calendar });
    expect(deadline.receivedDate).toBe('2026-03-29');
    expect(deadline.dueDate).toBe('2026-04-29');
    // Counted in UTC it would have been 28 March → 28 April.
    const inUtc = computeDeadline({
      receivedAt: at('2026-03-28T23:30:00Z'),
      calendar,
      timeZone: 'UTC',
    });
    expect(inUtc.dueDate).toBe('2026-04-28');
  });

  it('on the autumn clock change, 21:30 UTC on 24 October 2026 is already 25 October locally', () => {
    const deadline = computeDeadline({ receivedAt: at('2026-10-24T21:30:00Z'), calendar });
    expect(deadline.receivedDate).toBe('2026-10-25');
    expect(deadline.dueDate).toBe('2026-11-25');
  });

  it('after the autumn clock change, 21:30 UTC on 25 October is still that day, 22:30 UTC the next', () => {
    expect(computeDeadline({ receivedAt: at('2026-10-25T21:30:00Z'), calendar }).dueDate).toBe(
      '2026-11-25',
    );
    expect(computeDeadline({ receivedAt: at('2026-10-25T22:30:00Z'), calendar }).dueDate).toBe(
      '2026-11-26',
    );
  });
});

describe('computeDeadline — identity suspension (EDPB 01/2022 §159)', () => {
  // Received Wed 2 Sep 2026; the plain one-month end is Friday 2 October.
  it('without a pause, due Friday 2 October 2026', () => {
    expect(received('2026-09-02').dueDate).toBe('2026-10-02');
  });

  it('when a one-day pause pushes the end onto Saturday, the shift then moves it to Monday 5 October', () => {
    const deadline = received('2026-09-02', {
      suspensions: [{ from: at('2026-09-10T09:00:00Z'), to: at('2026-09-11T09:00:00Z') }],
    });
    expect(deadline.pausedDays).toBe(1);
    expect(deadline.dueDate).toBe('2026-10-05');
    expect(deadline.reasoning).toContainEqual({
      step: 'pause',
      period: 'due',
      days: 1,
      from: '2026-10-02',
      date: '2026-10-03',
    });
    expect(deadline.reasoning).toContainEqual(
      expect.objectContaining({
        step: 'shift',
        period: 'due',
        from: '2026-10-03',
        to: '2026-10-05',
      }),
    );
  });

  it('when the question is answered on the day it was asked, no day is added', () => {
    const deadline = received('2026-09-02', {
      suspensions: [{ from: at('2026-09-10T06:00:00Z'), to: at('2026-09-10T12:00:00Z') }],
    });
    expect(deadline.pausedDays).toBe(0);
    expect(deadline.dueDate).toBe('2026-10-02');
  });

  it('when a pause spans UTC midnight but one Helsinki day, no day is added', () => {
    // 00:30 to 23:30 on 10 September, Helsinki summer time.
    const deadline = received('2026-09-02', {
      suspensions: [{ from: at('2026-09-09T21:30:00Z'), to: at('2026-09-10T20:30:00Z') }],
    });
    expect(deadline.pausedDays).toBe(0);
  });

  it('when a pause is still open, it counts up to now and marks the deadline as suspended', () => {
    const deadline = received('2026-09-02', {
      suspensions: [{ from: at('2026-09-10T09:00:00Z'), to: null }],
      now: at('2026-09-15T09:00:00Z'),
    });
    expect(deadline.pausedDays).toBe(5);
    expect(deadline.isSuspended).toBe(true);
    expect(deadline.dueDate).toBe('2026-10-07');
  });

  it('when a pause is open and no now is given, it throws', () => {
    expect(() =>
      received('2026-09-02', { suspensions: [{ from: at('2026-09-10T09:00:00Z'), to: null }] }),
    ).toThrow(InvalidSuspensionError);
  });

  it('when pauses overlap, each day is counted once', () => {
    const deadline = received('2026-09-02', {
      suspensions: [
        { from: at('2026-09-10T09:00:00Z'), to: at('2026-09-14T09:00:00Z') },
        { from: at('2026-09-12T09:00:00Z'), to: at('2026-09-16T09:00:00Z') },
      ],
    });
    expect(deadline.pausedDays).toBe(6);
    expect(deadline.dueDate).toBe('2026-10-08');
  });

  it('when there are two separate pauses, their days add up', () => {
    const deadline = received('2026-09-02', {
      suspensions: [
        { from: at('2026-09-10T09:00:00Z'), to: at('2026-09-11T09:00:00Z') },
        { from: at('2026-09-20T09:00:00Z'), to: at('2026-09-23T09:00:00Z') },
      ],
    });
    expect(deadline.pausedDays).toBe(4);
    expect(deadline.dueDate).toBe('2026-10-06');
    expect(deadline.pausedIntervals).toEqual([
      { fromDate: '2026-09-10', toDate: '2026-09-11', days: 1, isOpen: false },
      { fromDate: '2026-09-20', toDate: '2026-09-23', days: 3, isOpen: false },
    ]);
  });

  it('when a pause claims to start before receipt, it counts only from the receipt date', () => {
    const deadline = received('2026-09-02', {
      suspensions: [{ from: at('2026-08-25T09:00:00Z'), to: at('2026-09-03T09:00:00Z') }],
    });
    expect(deadline.pausedDays).toBe(1);
  });

  it('when a pause ends before it starts, it throws', () => {
    expect(() =>
      received('2026-09-02', {
        suspensions: [{ from: at('2026-09-11T09:00:00Z'), to: at('2026-09-10T09:00:00Z') }],
      }),
    ).toThrow(InvalidSuspensionError);
  });

  it('paused days also extend the three-month deadline', () => {
    const deadline = received('2026-09-02', {
      suspensions: [{ from: at('2026-09-10T09:00:00Z'), to: at('2026-09-11T09:00:00Z') }],
    });
    // 2 December + 1 = Thursday 3 December.
    expect(deadline.plainExtendedDueDate).toBe('2026-12-02');
    expect(deadline.extendedDueDate).toBe('2026-12-03');
  });
});

describe('computeDeadline — extension (GDPR Art. 12(3))', () => {
  it('when received 5 March 2026, the extended deadline is Friday 5 June 2026', () => {
    const deadline = received('2026-03-05');
    expect(deadline.extendedDueDate).toBe('2026-06-05');
    expect(deadline.effectiveDueDate).toBe(deadline.dueDate);
    const extended = received('2026-03-05', { isExtended: true });
    expect(extended.effectiveDueDate).toBe('2026-06-05');
  });

  it('when three months end on Midsummer Eve 2026, the extended deadline moves to Monday 22 June', () => {
    const deadline = received('2026-03-19');
    expect(deadline.dueDate).toBe('2026-04-20');
    expect(deadline.plainExtendedDueDate).toBe('2026-06-19');
    expect(deadline.extendedDueDate).toBe('2026-06-22');
    expect(deadline.extendedSkippedDays).toHaveLength(3);
  });

  it('when received 30 November 2025, three months end on 28 February 2026 (Saturday) and move to Monday 2 March', () => {
    const deadline = received('2025-11-30');
    expect(deadline.dueDate).toBe('2025-12-30');
    expect(deadline.plainExtendedDueDate).toBe('2026-02-28');
    expect(deadline.extendedDueDate).toBe('2026-03-02');
  });
});

describe('computeDeadline — internal target', () => {
  it('when seven days before the deadline is Good Friday, the target moves back to Maundy Thursday', () => {
    const deadline = received('2024-03-05');
    expect(deadline.targetDate).toBe('2024-03-28');
    expect(deadline.reasoning).toContainEqual(
      expect.objectContaining({
        step: 'target',
        subtracted: '2024-03-29',
        date: '2024-03-28',
        isClampedToReceipt: false,
      }),
    );
  });

  it('when the deadline is extended, the target is counted from the extended deadline', () => {
    expect(received('2026-03-05', { isExtended: true }).targetDate).toBe('2026-05-29');
  });

  it('when the target offset is 0, the target is the due date', () => {
    expect(received('2026-03-03', { targetDaysBefore: 0 }).targetDate).toBe('2026-04-07');
  });

  it('when the target would fall before receipt, it is the first working day from receipt', () => {
    // Received Sat 7 Feb 2026, due Mon 9 March; 40 days earlier is 28 January.
    const deadline = received('2026-02-07', { targetDaysBefore: 40 });
    expect(deadline.targetDate).toBe('2026-02-09');
    expect(deadline.reasoning.at(-1)).toMatchObject({ step: 'target', isClampedToReceipt: true });
  });

  it('when the target offset is negative or fractional, it throws', () => {
    expect(() => received('2026-03-03', { targetDaysBefore: -1 })).toThrow(RangeError);
    expect(() => received('2026-03-03', { targetDaysBefore: 1.5 })).toThrow(RangeError);
  });
});

describe('computeDeadline — reasoning', () => {
  it('lists receipt, one month, shift, three months, effective and target in order', () => {
    const deadline = received('2026-03-03');
    expect(deadline.reasoning.map((step) => step.step)).toEqual([
      'receipt',
      'one-month',
      'shift',
      'three-months',
      'effective',
      'target',
    ]);
    expect(deadline.reasoning[0]).toEqual({
      step: 'receipt',
      receivedAt: '2026-03-03T09:00:00.000Z',
      timeZone: 'Europe/Helsinki',
      date: '2026-03-03',
      isWorkingDay: true,
    });
    expect(deadline.reasoning[2]).toMatchObject({
      step: 'shift',
      period: 'due',
      from: '2026-04-03',
      to: '2026-04-07',
    });
  });
});
