import { describe, expect, it } from 'vitest';
import { fromLocalDateTime } from './from-local-date-time';

describe('fromLocalDateTime', () => {
  it('when a Helsinki winter time is given, it is two hours ahead of UTC', () => {
    expect(fromLocalDateTime('2026-12-04T14:30', 'Europe/Helsinki').toISOString()).toBe(
      '2026-12-04T12:30:00.000Z',
    );
  });

  it('when a Helsinki summer time is given, it is three hours ahead of UTC', () => {
    expect(fromLocalDateTime('2026-06-19T00:15', 'Europe/Helsinki').toISOString()).toBe(
      '2026-06-18T21:15:00.000Z',
    );
  });

  it('when the date does not exist, it is refused', () => {
    expect(() => fromLocalDateTime('2026-02-30T10:00', 'Europe/Helsinki')).toThrow();
    expect(() => fromLocalDateTime('2026-02-10T24:00', 'Europe/Helsinki')).toThrow();
    expect(() => fromLocalDateTime('2026-02-10', 'Europe/Helsinki')).toThrow();
  });
});
