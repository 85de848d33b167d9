import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asLocalDate, type LocalDate } from '../calendar/local-date';
import { addLocalDays } from '../calendar/local-date-arithmetic';
import { createHolidayCalendar, type HolidayCalendar } from '../holidays/create-holiday-calendar';
import { holidayCalendarSpecs } from '../holidays/holiday-calendar-specs';
import { countWorkingDays } from './count-working-days';
import { deadlineFlags, deadlineStatus } from './deadline-status';

const finland = createHolidayCalendar(holidayCalendarSpecs.FI);
// A closing day on a weekday and one on a public holiday (Epiphany 2027 is a
// Wednesday): the second must not be subtracted twice.
const withClosingDays = createHolidayCalendar(holidayCalendarSpecs.FI, [
  { date: '2026-12-28', name: { fi: 'Suljettu', sv: 'Stängt', en: 'Closed' } },
  { date: '2027-01-06', name: { fi: 'Suljettu', sv: 'Stängt', en: 'Closed' } },
]);

/** The day-by-day count the deadline status used before: the reference. */
function countDayByDay(calendar: HolidayCalendar, after: LocalDate, upTo: LocalDate): number {
  let count = 0;
  for (let day = addLocalDays(after, 1); day <= upTo; day = addLocalDays(day, 1)) {
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return count;
}

const date = fc
  .date({
    min: new Date('1995-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => asLocalDate(d.toISOString().slice(0, 10)));
const span = fc.integer({ min: -40, max: 800 });

describe('countWorkingDays', () => {
  it('equals the day-by-day count over random ranges, Finnish holidays and closing days', () => {
    fc.assert(
      fc.property(date, span, fc.boolean(), (from, days, closing) => {
        const calendar = closing ? withClosingDays : finland;
        const to = addLocalDays(from, days);
        expect(countWorkingDays(calendar, from, to)).toBe(countDayByDay(calendar, from, to));
      }),
      { numRuns: 2000 },
    );
  });

  it('equals the day-by-day count around the closing days and Christmas', () => {
    for (let start = 0; start < 30; start += 1) {
      const from = addLocalDays(asLocalDate('2026-12-10'), start);
      for (let days = 0; days < 40; days += 1) {
        const to = addLocalDays(from, days);
        expect(countWorkingDays(withClosingDays, from, to)).toBe(
          countDayByDay(withClosingDays, from, to),
        );
      }
    }
  });

  it('Easter 2026: Good Friday and Easter Monday are not working days', () => {
    // After Thursday 2 April up to Tuesday 7 April: only 7 April works.
    expect(countWorkingDays(finland, asLocalDate('2026-04-02'), asLocalDate('2026-04-07'))).toBe(1);
  });
});

describe('deadlineFlags', () => {
  it('gives the same days left, at risk and overdue as deadlineStatus', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 0, max: 23 }),
        (due, targetBefore, offset, hour) => {
          const deadline = { effectiveDueDate: due, targetDate: addLocalDays(due, -targetBefore) };
          const day = addLocalDays(due, offset);
          const now = new Date(`${day}T${String(hour).padStart(2, '0')}:30:00Z`);
          const status = deadlineStatus({ deadline, now, calendar: finland });
          expect(deadlineFlags(deadline, status.today)).toEqual({
            daysLeft: status.daysLeft,
            isAtRisk: status.isAtRisk,
            isOverdue: status.isOverdue,
          });
          const expectedWorking = status.isOverdue
            ? -countDayByDay(finland, due, status.today)
            : countDayByDay(finland, status.today, due);
          expect(status.workingDaysLeft).toBe(expectedWorking);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
