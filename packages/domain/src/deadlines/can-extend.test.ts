import { describe, expect, it } from 'vitest';
import { asLocalDate } from '../calendar/local-date';
import { ExtensionNotAllowedError, assertCanExtend, canExtend } from './can-extend';

// One-month deadline Tuesday 7 April 2026 (summer time, UTC+3: the day ends at 21:00 UTC).
const deadline = { dueDate: asLocalDate('2026-04-07') };
const at = (iso: string) => new Date(iso);

describe('canExtend (GDPR Art. 12(3))', () => {
  it('when the one-month deadline has not passed and it was never extended, it is allowed', () => {
    expect(canExtend({ now: at('2026-03-20T09:00:00Z'), deadline, isExtended: false })).toEqual({
      isAllowed: true,
    });
  });

  it('on the last minute of the due date in Helsinki, it is still allowed', () => {
    expect(
      canExtend({ now: at('2026-04-07T20:59:00Z'), deadline, isExtended: false }).isAllowed,
    ).toBe(true);
  });

  it('once the due date has ended in Helsinki, it is refused as deadline_passed', () => {
    expect(canExtend({ now: at('2026-04-07T21:00:00Z'), deadline, isExtended: false })).toEqual({
      isAllowed: false,
      reason: 'deadline_passed',
    });
  });

  it('when read in UTC the same instant is still the due date, so the zone decides', () => {
    expect(
      canExtend({ now: at('2026-04-07T21:00:00Z'), deadline, isExtended: false, timeZone: 'UTC' })
        .isAllowed,
    ).toBe(true);
  });

  it('when already extended, it is refused as already_extended', () => {
    expect(canExtend({ now: at('2026-03-20T09:00:00Z'), deadline, isExtended: true })).toEqual({
      isAllowed: false,
      reason: 'already_extended',
    });
  });
});

describe('assertCanExtend', () => {
  const allowed = { now: at('2026-03-20T09:00:00Z'), deadline, isExtended: false };

  it('when allowed and reasons are given, it does not throw', () => {
    expect(() =>
      assertCanExtend({ ...allowed, reasons: 'Many registers to search' }),
    ).not.toThrow();
  });

  it('when reasons are blank, it throws EXTENSION_NOT_ALLOWED with reason reasons_missing', () => {
    expect(() => assertCanExtend({ ...allowed, reasons: '   ' })).toThrow(
      expect.objectContaining({ code: 'EXTENSION_NOT_ALLOWED', reason: 'reasons_missing' }),
    );
  });

  it('when extended a second time, it throws an ExtensionNotAllowedError', () => {
    const attempt = () => assertCanExtend({ ...allowed, isExtended: true, reasons: 'More work' });
    expect(attempt).toThrow(ExtensionNotAllowedError);
    expect(attempt).toThrow(/only once/);
  });

  it('when the deadline has passed, it throws with reason deadline_passed', () => {
    expect(() =>
      assertCanExtend({ ...allowed, now: at('2026-04-08T09:00:00Z'), reasons: 'Too late' }),
    ).toThrow(expect.objectContaining({ reason: 'deadline_passed' }));
  });
});
