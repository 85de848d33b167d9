import { describe, expect, it } from 'vitest';
import { asLocalDate, isLocalDate, localDateSchema } from './local-date';

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
