import { TZDate } from '@date-fns/tz';
import { toLocalDate, type LocalDate } from '@oikeus/domain';

const DAY_MS = 86_400_000;
/** Margin around the period, so instants just outside it (a pause ending later) are quick too. */
const MARGIN_MS = 2 * DAY_MS;

export interface LocalDayReader {
  /** The controller's calendar date of an instant (the same answer as `toLocalDate`). */
  dayOf(instant: Date): LocalDate;
}

/** The instant a calendar date begins in a time zone (its first existing minute). */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return new Date(new TZDate(year, month - 1, day, timeZone).getTime());
}

/** The zone's offset from UTC at an instant, in milliseconds (whole seconds). */
function offsetAt(formatter: Intl.DateTimeFormat, ms: number): number {
  const at = Math.floor(ms / 1000) * 1000;
  const parts = formatter.formatToParts(new Date(at));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - at;
}

/**
 * Reads the controller's calendar date of many instants in a period quickly:
 * a report converts tens of thousands of receipt and answer instants, and a
 * time-zone conversion per instant (`toLocalDate`) would take most of a
 * second. The zone's offsets over the period are found once — sampled daily
 * and each change pinned to the second — so each instant then costs an
 * addition and a lookup. Outside the period it falls back to `toLocalDate`.
 * Assumes a zone changes its offset at most once a day, as every real zone does.
 */
export function createLocalDayReader(timeZone: string, from: Date, to: Date): LocalDayReader {
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const low = from.getTime() - MARGIN_MS;
  const high = to.getTime() + MARGIN_MS;
  // Where each offset starts (ascending) and the offset in force from there.
  const starts = [low];
  const offsets = [offsetAt(formatter, low)];
  for (let previous = low; previous < high; previous += DAY_MS) {
    const next = Math.min(previous + DAY_MS, high);
    const current = offsets[offsets.length - 1];
    const offset = offsetAt(formatter, next);
    if (offset === current) continue;
    // The change lies in (previous, next]: halve the interval down to a second.
    let before = previous;
    let after = next;
    while (after - before > 1000) {
      const middle = before + Math.max(1000, Math.floor((after - before) / 2000) * 1000);
      if (offsetAt(formatter, middle) === current) before = middle;
      else after = middle;
    }
    starts.push(after);
    offsets.push(offset);
  }

  const dates = new Map<number, LocalDate>();
  return {
    dayOf(instant) {
      const ms = instant.getTime();
      if (!(ms >= low && ms < high)) return toLocalDate(instant, timeZone);
      let index = starts.length - 1;
      while (index > 0 && (starts[index] ?? 0) > ms) index -= 1;
      const epochDay = Math.floor((ms + (offsets[index] ?? 0)) / DAY_MS);
      let date = dates.get(epochDay);
      if (date === undefined) {
        // A UTC midnight's ISO form starts with its date.
        date = new Date(epochDay * DAY_MS).toISOString().slice(0, 10) as LocalDate;
        dates.set(epochDay, date);
      }
      return date;
    },
  };
}
