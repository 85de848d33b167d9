import { describe, expect, it } from 'vitest';
import { asLocalDate } from '../calendar/local-date';
import { canExtend } from './can-extend';

// One-month deadline Tuesday 7 April 2026 (summer time, UTC+3: the day ends at 21:00 UTC).
const deadline = { dueDate: asLocalDate('2026-04-07') };
const at = (iso: string) => new Date(iso);
const open = { status: 'in_progress', deadline, isExtended: false } as const;

describe('canExtend (GDPR Art. 12(3))', () => {
  it('when the one-month deadline has not passed and it was never extended, it is allowed', () => {
    expect(canExtend({ ...open, now: at('2026-03-20T09:00:00Z') })).toEqual({ isAllowed: true });
  });

  it('while the request waits for an identity answer, it is still allowed', () => {
    expect(
      canExtend({ ...open, status: 'identity_pending', now: at('2026-03-20T09:00:00Z') }).isAllowed,
    ).toBe(true);
  });

  it('on the last minute of the due date in Helsinki, it is still allowed', () => {
    expect(canExtend({ ...open, now: at('2026-04-07T20:59:00Z') }).isAllowed).toBe(true);
  });

  it('once the due date has ended in Helsinki, it is refused as deadline_passed', () => {
    expect(canExtend({ ...open, now: at('2026-04-07T21:00:00Z') })).toEqual({
      isAllowed: false,
      reason: 'deadline_passed',
    });
  });

  it('when read in UTC the same instant is still the due date, so the zone decides', () => {
    expect(canExtend({ ...open, now: at('2026-04-07T21:00:00Z'), timeZone: 'UTC' }).isAllowed).toBe(
      true,
    );
  });

  it('when already extended, it is refused as already_extended', () => {
    expect(canExtend({ ...open, now: at('2026-03-20T09:00:00Z'), isExtended: true })).toEqual({
      isAllowed: false,
      reason: 'already_extended',
    });
  });

  it.each(['completed', 'refused', 'withdrawn'] as const)(
    'when the request is %s, it is refused as request_closed before any other reason',
    (status) => {
      expect(
        canExtend({ ...open, status, isExtended: true, now: at('2026-04-20T09:00:00Z') }),
      ).toEqual({ isAllowed: false, reason: 'request_closed' });
    },
  );
});
