import { describe, expect, it } from 'vitest';
import { asLocalDate as d } from './local-date';
import {
  addLocalDays,
  addLocalMonths,
  dayOfWeek,
  daysBetween,
  localDateFromParts,
  localDateParts,
  maxLocalDate,
} from './local-date-arithmetic';

describe('addLocalMonths', () => {
  it('when the same date exists a month later, lands on it (5 March → 5 April)', () => {
    expect(addLocalMonths(d('2026-03-05'), 1)).toBe('2026-04-05');
  });

  it('when the month is shorter, lands on its last day (31 August → 30 September)', () => {
    expect(addLocalMonths(d('2026-08-31'), 1)).toBe('2026-09-30');
  });

  it('when 31 January is moved a month, it becomes 28 February, or 29 in a leap year', () => {
    expect(addLocalMonths(d('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addLocalMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addLocalMonths(d('2100-01-31'), 1)).toBe('2100-02-28');
    expect(addLocalMonths(d('2000-01-31'), 1)).toBe('2000-02-29');
  });

  it('when three months are added to 30 November, it clamps to the end of February', () => {
    expect(addLocalMonths(d('2026-11-30'), 3)).toBe('2027-02-28');
    expect(addLocalMonths(d('2027-11-30'), 3)).toBe('2028-02-29');
  });

  it('when crossing a year end, the year rolls over', () => {
    expect(addLocalMonths(d('2026-12-15'), 1)).toBe('2027-01-15');
  });
});

describe('addLocalDays and daysBetween', () => {
  it('adds across a leap day and a year end', () => {
    expect(addLocalDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addLocalDays(d('2025-02-28'), 1)).toBe('2025-03-01');
    expect(addLocalDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addLocalDays(d('2026-01-01'), -1)).toBe('2025-12-31');
  });

  it('counts whole days, unaffected by daylight-saving changes', () => {
    expect(daysBetween(d('2026-03-28'), d('2026-03-30'))).toBe(2);
    expect(daysBetween(d('2026-10-24'), d('2026-10-26'))).toBe(2);
    expect(daysBetween(d('2026-01-01'), d('2027-01-01'))).toBe(365);
    expect(daysBetween(d('2024-03-01'), d('2024-02-01'))).toBe(-29);
  });
});

describe('dayOfWeek, comparison and parts', () => {
  it('gives 0 for Sunday through 6 for Saturday', () => {
    expect(dayOfWeek(d('2026-03-29'))).toBe(0);
    expect(dayOfWeek(d('2026-03-30'))).toBe(1);
    expect(dayOfWeek(d('2026-03-28'))).toBe(6);
  });

  it('maxLocalDate picks the latest date in calendar order', () => {
    expect(maxLocalDate(d('2026-01-31'), d('2026-02-01'), d('2025-12-31'))).toBe('2026-02-01');
  });

  it('builds and splits dates, rejecting days that do not exist', () => {
    expect(localDateFromParts(2026, 6, 9)).toBe('2026-06-09');
    expect(localDateParts(d('2026-06-09'))).toEqual({ year: 2026, month: 6, day: 9 });
    expect(() => localDateFromParts(2026, 2, 29)).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});
