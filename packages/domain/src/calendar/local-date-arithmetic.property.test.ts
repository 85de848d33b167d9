import { UTCDate } from '@date-fns/utc';
import { addDays, differenceInCalendarDays, getDay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from './local-date';
import { addLocalDays, dayOfWeek, daysBetween } from './local-date-arithmetic';

// The date-fns forms these functions had before they became integer arithmetic: the reference.
const utc = (date: LocalDate) => new UTCDate(Date.parse(`${date}T00:00:00Z`));
const iso = (date: Date) => date.toISOString().slice(0, 10) as LocalDate;

const date = fc
  .date({
    min: new Date('0001-01-01T00:00:00Z'),
    max: new Date('9998-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => iso(d));

describe('calendar arithmetic equals the date-fns reference', () => {
  it('addLocalDays, daysBetween and dayOfWeek over years 1–9998, including 0001–0099', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          date,
          date.map((d) => `00${d.slice(2)}` as LocalDate),
        ),
        fc.integer({ min: -40_000, max: 40_000 }),
        date,
        (from, days, other) => {
          const fromRef = utc(from);
          if (iso(addDays(fromRef, days)).startsWith('-')) return;
          expect(addLocalDays(from, days)).toBe(iso(addDays(fromRef, days)));
          expect(daysBetween(from, other)).toBe(differenceInCalendarDays(utc(other), fromRef));
          expect(dayOfWeek(from)).toBe(getDay(fromRef));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
