import { describe, expect, it } from 'vitest';
import { asLocalDate as d } from '../calendar/local-date';
import { createHolidayCalendar } from './create-holiday-calendar';
import { holidayCalendarSpecs } from './holiday-calendar-specs';

const fi = createHolidayCalendar(holidayCalendarSpecs.FI);

describe('Finnish holiday calendar', () => {
  it('lists the fifteen non-working holidays of 2026 on their dates', () => {
    expect(fi.holidaysIn(2026).map((holiday) => [holiday.date, holiday.id])).toEqual([
      ['2026-01-01', 'new-years-day'],
      ['2026-01-06', 'epiphany'],
      ['2026-04-03', 'good-friday'],
      ['2026-04-05', 'easter-sunday'],
      ['2026-04-06', 'easter-monday'],
      ['2026-05-01', 'may-day'],
      ['2026-05-14', 'ascension-day'],
      ['2026-05-24', 'whit-sunday'],
      ['2026-06-19', 'midsummer-eve'],
      ['2026-06-20', 'midsummer-day'],
      ['2026-10-31', 'all-saints-day'],
      ['2026-12-06', 'independence-day'],
      ['2026-12-24', 'christmas-eve'],
      ['2026-12-25', 'christmas-day'],
      ['2026-12-26', 'st-stephens-day'],
    ]);
  });

  it.each([
    [2020, '2020-06-19', '2020-06-20'],
    [2021, '2021-06-25', '2021-06-26'],
    [2024, '2024-06-21', '2024-06-22'],
    [2025, '2025-06-20', '2025-06-21'],
  ])('in %i Midsummer Eve is %s and Midsummer Day %s', (year, eve, day) => {
    const byId = new Map(fi.holidaysIn(year).map((holiday) => [holiday.id, holiday.date]));
    expect(byId.get('midsummer-eve')).toBe(eve);
    expect(byId.get('midsummer-day')).toBe(day);
  });

  it.each([
    [2025, '2025-11-01'],
    [2026, '2026-10-31'],
    [2027, '2027-11-06'],
  ])("in %i All Saints' Day is the Saturday %s", (year, date) => {
    const byId = new Map(fi.holidaysIn(year).map((holiday) => [holiday.id, holiday.date]));
    expect(byId.get('all-saints-day')).toBe(date);
  });

  it('names a holiday in Finnish, Swedish and English', () => {
    expect(fi.holidayOn(d('2026-06-19'))).toEqual({
      fi: 'Juhannusaatto',
      sv: 'Midsommarafton',
      en: 'Midsummer Eve',
    });
    expect(fi.holidayOn(d('2026-12-06'))?.sv).toBe('Självständighetsdagen');
  });

  it("when it is New Year's Eve on a weekday, it is a working day", () => {
    expect(fi.holidayOn(d('2026-12-31'))).toBeUndefined();
    expect(fi.isWorkingDay(d('2026-12-31'))).toBe(true);
  });

  it('when Ascension Day falls on May Day (2008), the date is one non-working day', () => {
    expect(fi.holidaysIn(2008).filter((holiday) => holiday.date === '2008-05-01')).toHaveLength(2);
    expect(fi.holidayOn(d('2008-05-01'))?.en).toBe('May Day');
    expect(fi.isWorkingDay(d('2008-05-01'))).toBe(false);
  });

  it('treats Saturdays and Sundays as non-working and ordinary weekdays as working', () => {
    expect(fi.nonWorkingReason(d('2026-03-07'))).toEqual({
      date: '2026-03-07',
      reason: 'saturday',
    });
    expect(fi.nonWorkingReason(d('2026-03-08'))).toEqual({ date: '2026-03-08', reason: 'sunday' });
    expect(fi.nonWorkingReason(d('2026-03-09'))).toBeUndefined();
  });

  it('when a holiday falls on a weekend, the holiday name is the reason given', () => {
    expect(fi.nonWorkingReason(d('2026-06-20'))).toMatchObject({
      reason: 'holiday',
      holidayName: { en: 'Midsummer Day' },
    });
  });
});

describe('working-day navigation over Finnish holidays', () => {
  it('from Good Friday 2026 the next working day is the Tuesday after Easter', () => {
    expect(fi.workingDayOnOrAfter(d('2026-04-03'))).toBe('2026-04-07');
    expect(fi.nextWorkingDay(d('2026-04-02'))).toBe('2026-04-07');
  });

  it('from Christmas Eve 2026 (Thursday) the next working day is Monday 28 December', () => {
    expect(fi.nextWorkingDay(d('2026-12-23'))).toBe('2026-12-28');
  });

  it('a working day is its own on-or-after and on-or-before working day', () => {
    expect(fi.workingDayOnOrAfter(d('2026-12-23'))).toBe('2026-12-23');
    expect(fi.workingDayOnOrBefore(d('2026-12-23'))).toBe('2026-12-23');
  });

  it('before Easter Monday 2026 the previous working day is Thursday 2 April', () => {
    expect(fi.previousWorkingDay(d('2026-04-06'))).toBe('2026-04-02');
    expect(fi.workingDayOnOrBefore(d('2026-04-06'))).toBe('2026-04-02');
  });

  it('adds and subtracts working days across Midsummer', () => {
    // Thu 18 June 2026 + 1 working day skips Midsummer Eve, Midsummer Day and Sunday.
    expect(fi.addWorkingDays(d('2026-06-18'), 1)).toBe('2026-06-22');
    expect(fi.addWorkingDays(d('2026-06-22'), -1)).toBe('2026-06-18');
    expect(fi.addWorkingDays(d('2026-06-22'), -3)).toBe('2026-06-16');
    expect(fi.addWorkingDays(d('2026-06-20'), 0)).toBe('2026-06-20');
  });
});

describe('Finnish holiday calendar, every year 1990–2100', () => {
  const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

  it('has fifteen holidays, with the weekday-based ones on their weekday inside their window', () => {
    for (let year = 1990; year <= 2100; year += 1) {
      const byId = new Map(fi.holidaysIn(year).map((holiday) => [holiday.id, holiday.date]));
      expect(fi.holidaysIn(year), String(year)).toHaveLength(15);
      const eve = byId.get('midsummer-eve') ?? '';
      const day = byId.get('midsummer-day') ?? '';
      const saints = byId.get('all-saints-day') ?? '';
      expect(weekdayOf(eve), eve).toBe(5);
      expect(eve >= `${year}-06-19` && eve <= `${year}-06-25`, eve).toBe(true);
      expect(weekdayOf(day), day).toBe(6);
      expect(day >= `${year}-06-20` && day <= `${year}-06-26`, day).toBe(true);
      expect(weekdayOf(saints), saints).toBe(6);
      expect(saints >= `${year}-10-31` && saints <= `${year}-11-06`, saints).toBe(true);
      // Midsummer Day is always the day after Midsummer Eve.
      expect(new Date(`${day}T00:00:00Z`).getTime() - new Date(`${eve}T00:00:00Z`).getTime()).toBe(
        86_400_000,
      );
    }
  });
});
