import { describe, expect, it } from 'vitest';
import { InvalidDateError } from './local-date';
import { toLocalDate } from './to-local-date';

describe('toLocalDate', () => {
  it('when an instant is 23:30 UTC on the eve, in Helsinki it is already the next day', () => {
    // 2026-03-28 is still winter time (UTC+2): 23:30 UTC is 01:30 on the 29th.
    expect(toLocalDate(new Date('2026-03-28T23:30:00Z'), 'Europe/Helsinki')).toBe('2026-03-29');
  });

  it('when the clocks go forward on 2026-03-29, 00:30 UTC is 02:30 local on the 29th', () => {
    expect(toLocalDate(new Date('2026-03-29T00:30:00Z'), 'Europe/Helsinki')).toBe('2026-03-29');
  });

  it('after the spring change, local midnight is at 21:00 UTC (UTC+3)', () => {
    expect(toLocalDate(new Date('2026-03-29T20:59:59Z'), 'Europe/Helsinki')).toBe('2026-03-29');
    expect(toLocalDate(new Date('2026-03-29T21:00:00Z'), 'Europe/Helsinki')).toBe('2026-03-30');
  });

  it('on the autumn change day 2026-10-25, local midnight moves from 21:00 to 22:00 UTC', () => {
    // Summer time (UTC+3) until 01:00 UTC on the 25th, then UTC+2.
    expect(toLocalDate(new Date('2026-10-24T20:59:59Z'), 'Europe/Helsinki')).toBe('2026-10-24');
    expect(toLocalDate(new Date('2026-10-24T21:00:00Z'), 'Europe/Helsinki')).toBe('2026-10-25');
    expect(toLocalDate(new Date('2026-10-25T21:30:00Z'), 'Europe/Helsinki')).toBe('2026-10-25');
    expect(toLocalDate(new Date('2026-10-25T22:00:00Z'), 'Europe/Helsinki')).toBe('2026-10-26');
  });

  it('when no time zone is given, Europe/Helsinki is used', () => {
    expect(toLocalDate(new Date('2026-01-15T22:30:00Z'))).toBe('2026-01-16');
  });

  it('when another zone is given, its own offset decides the date', () => {
    expect(toLocalDate(new Date('2026-01-15T22:30:00Z'), 'UTC')).toBe('2026-01-15');
    expect(toLocalDate(new Date('2026-01-16T03:00:00Z'), 'America/New_York')).toBe('2026-01-15');
  });

  it('when the time zone is unknown, it throws an INVALID_DATE error', () => {
    expect(() => toLocalDate(new Date('2026-01-15T12:00:00Z'), 'Mars/Olympus')).toThrow(
      InvalidDateError,
    );
  });

  it('when the instant is an invalid Date, it throws', () => {
    expect(() => toLocalDate(new Date('nonsense'))).toThrow(InvalidDateError);
  });
});
