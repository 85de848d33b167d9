import { describe, expect, it } from 'vitest';
import { computeEasterSunday } from './compute-easter-sunday';

describe('computeEasterSunday', () => {
  it.each([
    [1583, '1583-04-10'],
    [1818, '1818-03-22'],
    [1990, '1990-04-15'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2100, '2100-03-28'],
    [2285, '2285-03-22'],
  ])('in %i Western Easter Sunday is %s', (year, expected) => {
    expect(computeEasterSunday(year)).toBe(expected);
  });

  it('for every year 1583–3000 falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1583; year <= 3000; year += 1) {
      const easter = computeEasterSunday(year);
      const monthDay = easter.slice(5);
      expect(monthDay >= '03-22' && monthDay <= '04-25', `${easter}`).toBe(true);
      expect(new Date(`${easter}T00:00:00Z`).getUTCDay(), easter).toBe(0);
    }
  });

  it('when the year is before the Gregorian calendar or not whole, it throws', () => {
    expect(() => computeEasterSunday(1582)).toThrow(RangeError);
    expect(() => computeEasterSunday(2026.5)).toThrow(RangeError);
  });
});
