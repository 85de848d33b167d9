import { localDateFromParts } from '../calendar/local-date-arithmetic';
import { InvalidDateError, type LocalDate } from '../calendar/local-date';

/**
 * Western (Gregorian) Easter Sunday for a year, by the anonymous Gregorian
 * algorithm (Meeus/Jones/Butcher). Finnish Easter-based holidays (Good Friday,
 * Easter Monday, Ascension, Whit Sunday) are offsets from this date. Defined
 * for Gregorian years (1583 onwards).
 */
export function computeEasterSunday(year: number): LocalDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new InvalidDateError(`Easter is computed for Gregorian years 1583–9999, got ${year}`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return localDateFromParts(year, month, day);
}
