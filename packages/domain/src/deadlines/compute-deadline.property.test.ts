import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../calendar/local-date';
import { addLocalDays, daysBetween, localDateParts } from '../calendar/local-date-arithmetic';
import { createHolidayCalendar } from '../holidays/create-holiday-calendar';
import { holidayCalendarSpecs } from '../holidays/holiday-calendar-specs';
import { computeDeadline } from './compute-deadline';
import type { Suspension } from './suspension';

const calendar = createHolidayCalendar(holidayCalendarSpecs.FI);
const RUNS = 3000;

/**
 * The longest run of consecutive non-working days in 1990–2101, found by
 * scanning every day rather than assumed. A period end can be moved at most
 * this far (to the day after the run). For Finland it is 5: when Christmas Eve
 * is a Monday, Saturday 22 – Wednesday 26 December are all non-working.
 */
function longestNonWorkingRun(from: LocalDate, to: LocalDate): number {
  let longest = 0;
  let current = 0;
  for (let day = from; day <= to; day = addLocalDays(day, 1)) {
    current = calendar.isWorkingDay(day) ? 0 : current + 1;
    longest = Math.max(longest, current);
  }
  return longest;
}
const MAX_SHIFT = longestNonWorkingRun('1990-01-01' as LocalDate, '2101-12-31' as LocalDate);

const instant = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2100-12-31T23:59:59Z'),
  noInvalidDate: true,
});

/** Suspensions as offsets in hours after receipt, so they start after it. */
const suspensionsAfter = (receivedAt: Date) =>
  fc
    .array(
      fc.record({
        startHours: fc.integer({ min: 0, max: 24 * 60 }),
        lengthHours: fc.integer({ min: 0, max: 24 * 30 }),
      }),
      { maxLength: 3 },
    )
    .map((items) =>
      items.map(({ startHours, lengthHours }): Suspension => ({
        from: new Date(receivedAt.getTime() + startHours * 3_600_000),
        to: new Date(receivedAt.getTime() + (startHours + lengthHours) * 3_600_000),
      })),
    );

const scenario = instant.chain((receivedAt) =>
  fc.record({
    receivedAt: fc.constant(receivedAt),
    suspensions: suspensionsAfter(receivedAt),
    isExtended: fc.boolean(),
    targetDaysBefore: fc.integer({ min: 0, max: 45 }),
  }),
);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Thousands of runs per property; a generous timeout keeps a busy CI machine from flaking.
describe('computeDeadline properties (1990–2100)', { timeout: 60_000 }, () => {
  it('the longest run of Finnish non-working days is five (Sat 22 – Wed 26 December when 24th is Monday)', () => {
    expect(MAX_SHIFT).toBe(5);
  });

  it('the receipt date is the Helsinki calendar date of the instant, as Intl formats it', () => {
    const helsinki = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' });
    fc.assert(
      fc.property(instant, (receivedAt) => {
        const deadline = computeDeadline({ receivedAt, calendar });
        expect(deadline.receivedDate).toBe(helsinki.format(receivedAt));
      }),
      { numRuns: RUNS },
    );
  });

  it('the plain date is the same day next month, or that month’s last day (Art. 3(2)(c))', () => {
    fc.assert(
      fc.property(instant, (receivedAt) => {
        const deadline = computeDeadline({ receivedAt, calendar });
        const received = localDateParts(deadline.receivedDate);
        const plain = localDateParts(deadline.plainDueDate);
        const expectedYear = received.month === 12 ? received.year + 1 : received.year;
        const expectedMonth = (received.month % 12) + 1;
        expect([plain.year, plain.month]).toEqual([expectedYear, expectedMonth]);
        expect(plain.day).toBe(Math.min(received.day, daysInMonth(expectedYear, expectedMonth)));
      }),
      { numRuns: RUNS },
    );
  });

  it('every deadline and the target are working days', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const deadline = computeDeadline({ ...input, calendar });
        expect(calendar.isWorkingDay(deadline.dueDate)).toBe(true);
        expect(calendar.isWorkingDay(deadline.extendedDueDate)).toBe(true);
        expect(calendar.isWorkingDay(deadline.effectiveDueDate)).toBe(true);
        expect(calendar.isWorkingDay(deadline.targetDate)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('the deadline is never before the plain one-month date, nor more than the longest holiday run after it', () => {
    fc.assert(
      fc.property(instant, (receivedAt) => {
        const deadline = computeDeadline({ receivedAt, calendar });
        const shift = daysBetween(deadline.plainDueDate, deadline.dueDate);
        expect(shift).toBeGreaterThanOrEqual(0);
        expect(shift).toBeLessThanOrEqual(MAX_SHIFT);
        // And it is the first working day: every day skipped is non-working.
        expect(deadline.skippedDays).toHaveLength(shift);
      }),
      { numRuns: RUNS },
    );
  });

  it('with pauses, the deadline is the paused date moved by at most the longest holiday run', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const deadline = computeDeadline({ ...input, calendar });
        const paused = addLocalDays(deadline.plainDueDate, deadline.pausedDays);
        const shift = daysBetween(paused, deadline.dueDate);
        expect(shift).toBeGreaterThanOrEqual(0);
        expect(shift).toBeLessThanOrEqual(MAX_SHIFT);
      }),
      { numRuns: RUNS },
    );
  });

  it('the extended deadline is never before the one-month deadline', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const deadline = computeDeadline({ ...input, calendar });
        expect(deadline.extendedDueDate >= deadline.dueDate).toBe(true);
        expect(deadline.effectiveDueDate).toBe(
          input.isExtended ? deadline.extendedDueDate : deadline.dueDate,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('a suspension never shortens a deadline', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const withPauses = computeDeadline({ ...input, calendar });
        const without = computeDeadline({ ...input, suspensions: [], calendar });
        expect(withPauses.pausedDays).toBeGreaterThanOrEqual(0);
        expect(withPauses.dueDate >= without.dueDate).toBe(true);
        expect(withPauses.extendedDueDate >= without.extendedDueDate).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('the target lies between receipt and the effective due date', () => {
    // Rule: target = the working day on or before (due − N days), but never
    // before the first working day on or after receipt. That day is never
    // after the due date, so the target is always a working day in range.
    fc.assert(
      fc.property(scenario, (input) => {
        const deadline = computeDeadline({ ...input, calendar });
        expect(deadline.targetDate >= deadline.receivedDate).toBe(true);
        expect(deadline.targetDate <= deadline.effectiveDueDate).toBe(true);
        expect(daysBetween(deadline.targetDate, deadline.effectiveDueDate)).toBeGreaterThanOrEqual(
          0,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('when the target is not clamped to receipt, it is at least N days before the due date', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const deadline = computeDeadline({ ...input, calendar });
        const step = deadline.reasoning.at(-1);
        if (step?.step === 'target' && !step.isClampedToReceipt) {
          expect(
            daysBetween(deadline.targetDate, deadline.effectiveDueDate),
          ).toBeGreaterThanOrEqual(input.targetDaysBefore);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
