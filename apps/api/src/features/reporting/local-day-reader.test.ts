import { asLocalDate, toLocalDate } from '@oikeus/domain';
import { describe, expect, it } from 'vitest';
import { createLocalDayReader, startOfLocalDay } from './local-day-reader';

const HOUR = 3_600_000;

describe('createLocalDayReader', () => {
  it('for every quarter hour of 2026 in Helsinki, it gives the date toLocalDate gives, across both clock changes', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2027-01-01T00:00:00Z');
    const reader = createLocalDayReader('Europe/Helsinki', from, to);
    for (let ms = from.getTime(); ms < to.getTime(); ms += HOUR / 4) {
      const instant = new Date(ms);
      expect(reader.dayOf(instant)).toBe(toLocalDate(instant, 'Europe/Helsinki'));
    }
  });

  it('in zones with half-hour offsets or the other hemisphere’s summer, each hour lands on the right date', () => {
    for (const zone of ['Asia/Kolkata', 'Australia/Adelaide', 'America/St_Johns', 'UTC']) {
      const from = new Date('2026-03-01T00:00:00Z');
      const to = new Date('2026-11-30T00:00:00Z');
      const reader = createLocalDayReader(zone, from, to);
      for (let ms = from.getTime(); ms < to.getTime(); ms += HOUR / 2) {
        const instant = new Date(ms);
        expect(reader.dayOf(instant), `${zone} ${instant.toISOString()}`).toBe(
          toLocalDate(instant, zone),
        );
      }
    }
  });

  it('for an instant far outside its period, it still answers right (by toLocalDate)', () => {
    const reader = createLocalDayReader(
      'Europe/Helsinki',
      new Date('2026-01-01T00:00:00Z'),
      new Date('2026-02-01T00:00:00Z'),
    );
    expect(reader.dayOf(new Date('2030-06-30T21:30:00Z'))).toBe('2030-07-01');
  });
});

describe('startOfLocalDay', () => {
  it('when summer time has begun, 1 April starts at 21:00 UTC the day before; in winter at 22:00', () => {
    expect(startOfLocalDay(asLocalDate('2031-04-01'), 'Europe/Helsinki').toISOString()).toBe(
      '2031-03-31T21:00:00.000Z',
    );
    expect(startOfLocalDay(asLocalDate('2031-03-01'), 'Europe/Helsinki').toISOString()).toBe(
      '2031-02-28T22:00:00.000Z',
    );
  });
});
