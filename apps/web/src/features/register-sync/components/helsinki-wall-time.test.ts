import { describe, expect, it } from 'vitest';
import { helsinkiWallTime, instantOfHelsinkiWallTime } from './helsinki-wall-time';

describe('helsinkiWallTime', () => {
  it('when it is winter, Helsinki is two hours ahead of UTC', () => {
    expect(helsinkiWallTime(new Date('2026-02-20T12:30:45Z'))).toBe('2026-02-20T14:30');
  });

  it('when it is summer, Helsinki is three hours ahead, also across midnight', () => {
    expect(helsinkiWallTime(new Date('2026-07-01T22:15:00Z'))).toBe('2026-07-02T01:15');
  });
});

describe('instantOfHelsinkiWallTime', () => {
  it('when a winter time is given, it becomes the UTC instant two hours earlier', () => {
    expect(instantOfHelsinkiWallTime('2026-02-20T14:30')).toBe('2026-02-20T12:30:00.000Z');
  });

  it('when a summer time is given, it becomes the UTC instant three hours earlier', () => {
    expect(instantOfHelsinkiWallTime('2026-07-02T01:15')).toBe('2026-07-01T22:15:00.000Z');
  });

  it('when the time falls on either side of the spring change, each gets its own offset', () => {
    expect(instantOfHelsinkiWallTime('2026-03-29T02:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(instantOfHelsinkiWallTime('2026-03-29T04:30')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('when the text is no such time, it gives null', () => {
    expect(instantOfHelsinkiWallTime('')).toBeNull();
    expect(instantOfHelsinkiWallTime('20.2.2026 14.30')).toBeNull();
    expect(instantOfHelsinkiWallTime('2026-02-30T10:00')).toBeNull();
  });

  it('when a shown time is read back, it is the same instant to the minute', () => {
    const at = new Date('2026-10-10T08:41:00Z');
    expect(instantOfHelsinkiWallTime(helsinkiWallTime(at))).toBe(at.toISOString());
  });
});
