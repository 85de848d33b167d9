import { describe, expect, it } from 'vitest';
import { InvalidDateError, asLocalDate, isLocalDate, localDateSchema } from './local-date';
import { parseLocalDate } from './parse-local-date';

describe('parseLocalDate', () => {
  it('when given a calendar date, returns it unchanged', () => {
    expect(parseLocalDate('2024-02-29')).toBe('2024-02-29');
  });

  it('when given a UTC instant, returns its date in Helsinki', () => {
    expect(parseLocalDate('2026-03-28T23:30:00Z')).toBe('2026-03-29');
  });

  it('when given an instant with an offset, converts it to the requested zone', () => {
    expect(parseLocalDate('2026-03-29T01:30:00+02:00', 'UTC')).toBe('2026-03-28');
  });

  it('when the instant has no offset, it is rejected as ambiguous', () => {
    expect(() => parseLocalDate('2026-03-28T23:30:00')).toThrow(InvalidDateError);
  });

  it.each(['2023-02-29', '2026-04-31', '2026-13-01', '26-03-01', '2026-3-1', ''])(
    'when given the impossible or malformed date "%s", it throws',
    (input) => {
      expect(() => parseLocalDate(input)).toThrow(InvalidDateError);
    },
  );
});

describe('localDateSchema and guards', () => {
  it('accepts a leap day and rejects the same day in a common year', () => {
    expect(localDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(localDateSchema.safeParse('2100-02-29').success).toBe(false);
    expect(isLocalDate('2000-02-29')).toBe(true);
    expect(isLocalDate(20240229)).toBe(false);
  });

  it('asLocalDate throws a coded error for a bad date', () => {
    expect(() => asLocalDate('2026-02-30')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});
