import { describe, expect, it } from 'vitest';
import { formatDateTime, formatInstantDate, formatLocalDate } from './format-date';

describe('formatDateTime', () => {
  it('shows an instant in Helsinki time, in each language’s own way', () => {
    const instant = '2026-03-02T09:00:00Z'; // 11.00 in Helsinki (UTC+2 in winter)
    expect(formatDateTime(instant, 'fi')).toBe('2.3.2026 klo 11.00');
    expect(formatDateTime(instant, 'sv')).toBe('2 mars 2026 11.00');
    expect(formatDateTime(instant, 'en')).toBe('2 Mar 2026, 11:00');
  });

  it('when it is still the previous day in UTC, shows the Helsinki day (summer time, UTC+3)', () => {
    expect(formatDateTime('2026-07-02T21:30:00Z', 'en')).toBe('3 Jul 2026, 00:30');
  });
});

describe('formatInstantDate', () => {
  it('when a request arrives at 00.30 on 1 April Helsinki time, its day is 1 April, not 31 March', () => {
    expect(formatInstantDate('2026-03-31T22:30:00+01:00', 'fi')).toBe('1.4.2026');
    expect(formatInstantDate('2026-03-31T21:30:00Z', 'en')).toBe('1 Apr 2026');
  });
});

describe('formatLocalDate', () => {
  it('writes a deadline date out in full in each language', () => {
    expect(formatLocalDate('2026-04-06', 'fi')).toBe('6. huhtikuuta 2026');
    expect(formatLocalDate('2026-04-06', 'sv')).toBe('6 april 2026');
    expect(formatLocalDate('2026-04-06', 'en')).toBe('6 April 2026');
  });

  it('with the weekday asked for, names the day (Easter Monday 2026 is a Monday)', () => {
    expect(formatLocalDate('2026-04-06', 'fi', { withWeekday: true })).toBe(
      'maanantai 6. huhtikuuta 2026',
    );
    expect(formatLocalDate('2026-04-06', 'en', { withWeekday: true })).toBe('Monday, 6 April 2026');
  });

  it('when the value is not a date, shows it unchanged instead of "Invalid Date"', () => {
    expect(formatLocalDate('not-a-date', 'en')).toBe('not-a-date');
  });
});
