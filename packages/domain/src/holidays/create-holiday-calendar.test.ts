import { describe, expect, it } from 'vitest';
import { asLocalDate as d } from '../calendar/local-date';
import { createHolidayCalendar } from './create-holiday-calendar';
import { holidayCalendarSpecSchema, type HolidayCalendarSpecInput } from './holiday-calendar-spec';
import { holidayCalendarSpecs } from './holiday-calendar-specs';

const name = (en: string) => ({ fi: `${en} (fi)`, sv: `${en} (sv)`, en });

// A made-up country, to show a new calendar is data only.
const testland: HolidayCalendarSpecInput = {
  code: 'XT',
  name: name('Testland'),
  rules: [
    { kind: 'fixed', id: 'leap-day', month: 2, day: 29, name: name('Leap Day') },
    { kind: 'easter-offset', id: 'maundy-thursday', offsetDays: -3, name: name('Maundy Thursday') },
    { kind: 'easter-offset', id: 'late-feast', offsetDays: 260, name: name('Late Feast') },
    {
      kind: 'weekday-in-range',
      id: 'year-end-friday',
      weekday: 'friday',
      from: { month: 12, day: 28 },
      to: { month: 1, day: 3 },
      name: name('Year-end Friday'),
    },
    { kind: 'date', id: 'royal-wedding', date: '2026-09-09', name: name('Royal Wedding') },
  ],
};

describe('createHolidayCalendar', () => {
  it('when a country is added as data, its fixed, Easter and weekday rules apply', () => {
    const calendar = createHolidayCalendar(testland);
    expect(calendar.holidayOn(d('2026-04-02'))?.en).toBe('Maundy Thursday');
    expect(calendar.holidayOn(d('2026-09-09'))?.en).toBe('Royal Wedding');
    expect(calendar.isWorkingDay(d('2026-09-09'))).toBe(false);
    expect(calendar.isWorkingDay(d('2026-09-10'))).toBe(true);
  });

  it('when a fixed holiday is 29 February, it exists only in leap years', () => {
    const calendar = createHolidayCalendar(testland);
    expect(calendar.holidayOn(d('2028-02-29'))?.en).toBe('Leap Day');
    expect(calendar.holidaysIn(2027).some((holiday) => holiday.id === 'leap-day')).toBe(false);
  });

  it('when a rule lands in the next year, it is listed under that year', () => {
    const calendar = createHolidayCalendar(testland);
    // Easter 2026 = 5 April; +260 days = 2026-12-21. Easter 2027 = 28 March; +260 = 2027-12-13.
    expect(calendar.holidayOn(d('2026-12-21'))?.en).toBe('Late Feast');
    // The Friday of 28 Dec 2025 – 3 Jan 2026 is 2 Jan 2026; of 28 Dec 2026 – 3 Jan 2027 it is 1 Jan 2027.
    expect(calendar.holidayOn(d('2026-01-02'))?.en).toBe('Year-end Friday');
    expect(calendar.holidayOn(d('2027-01-01'))?.en).toBe('Year-end Friday');
    expect(calendar.holidaysIn(2026).filter((holiday) => holiday.id === 'year-end-friday')).toEqual(
      [expect.objectContaining({ date: '2026-01-02' })],
    );
    expect(calendar.holidayOn(d('2026-12-25'))).toBeUndefined();
  });

  it('when the controller adds closing days, they are non-working and named', () => {
    const calendar = createHolidayCalendar(holidayCalendarSpecs.FI, [
      { date: '2026-12-31', name: name('Office closed') },
    ]);
    expect(calendar.isWorkingDay(d('2026-12-31'))).toBe(false);
    expect(calendar.holidayOn(d('2026-12-31'))?.en).toBe('Office closed');
    expect(
      calendar.holidaysIn(2026).find((holiday) => holiday.date === '2026-12-31'),
    ).toMatchObject({ id: 'closing-day', isClosingDay: true });
    // The built-in calendar is unaffected.
    expect(createHolidayCalendar(holidayCalendarSpecs.FI).isWorkingDay(d('2026-12-31'))).toBe(true);
  });

  it('when a closing day falls on a public holiday, the public holiday names it', () => {
    const calendar = createHolidayCalendar(holidayCalendarSpecs.FI, [
      { date: '2026-12-24', name: name('Office closed') },
    ]);
    expect(calendar.holidayOn(d('2026-12-24'))?.en).toBe('Christmas Eve');
  });

  it('when asked for the same year twice, returns the cached list', () => {
    const calendar = createHolidayCalendar(holidayCalendarSpecs.FI);
    expect(calendar.holidaysIn(2030)).toBe(calendar.holidaysIn(2030));
  });

  it('when every day is a closing day, looking for a working day throws instead of looping', () => {
    const closingDays = Array.from({ length: 800 }, (_, index) => {
      const date = new Date(Date.UTC(2026, 0, 1 + index)).toISOString().slice(0, 10);
      return { date, name: name('Closed') };
    });
    const calendar = createHolidayCalendar(holidayCalendarSpecs.FI, closingDays);
    expect(() => calendar.nextWorkingDay(d('2026-01-01'))).toThrow(/No working day/);
  });
});

describe('holidayCalendarSpecSchema', () => {
  it('accepts the built-in Finnish spec', () => {
    expect(holidayCalendarSpecSchema.safeParse(holidayCalendarSpecs.FI).success).toBe(true);
  });

  it('rejects a weekday window that is not exactly seven days', () => {
    const spec = {
      ...testland,
      rules: [
        {
          kind: 'weekday-in-range',
          id: 'too-long',
          weekday: 'friday',
          from: { month: 6, day: 19 },
          to: { month: 6, day: 26 },
          name: name('Too long'),
        },
      ],
    };
    expect(holidayCalendarSpecSchema.safeParse(spec).success).toBe(false);
  });

  it('rejects a weekday window that would be eight days in a leap year', () => {
    const spec = {
      ...testland,
      rules: [
        {
          kind: 'weekday-in-range',
          id: 'over-leap-day',
          weekday: 'friday',
          from: { month: 2, day: 24 },
          to: { month: 3, day: 2 },
          name: name('Over the leap day'),
        },
      ],
    };
    expect(holidayCalendarSpecSchema.safeParse(spec).success).toBe(false);
  });

  it('rejects an impossible fixed date, a missing translation and duplicate ids', () => {
    const fixed = (id: string, month: number, day: number) => ({
      kind: 'fixed',
      id,
      month,
      day,
      name: name(id),
    });
    expect(
      holidayCalendarSpecSchema.safeParse({ ...testland, rules: [fixed('x', 4, 31)] }).success,
    ).toBe(false);
    expect(
      holidayCalendarSpecSchema.safeParse({
        ...testland,
        rules: [{ ...fixed('x', 4, 30), name: { fi: 'x', sv: '', en: 'x' } }],
      }).success,
    ).toBe(false);
    expect(
      holidayCalendarSpecSchema.safeParse({
        ...testland,
        rules: [fixed('x', 4, 30), fixed('x', 5, 30)],
      }).success,
    ).toBe(false);
  });
});
