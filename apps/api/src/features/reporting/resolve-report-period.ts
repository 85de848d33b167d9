import type { ReportFilterQuery, ReportPeriod } from '@oikeus/contracts';
import {
  addLocalDays,
  addLocalMonths,
  asLocalDate,
  localDateFromParts,
  localDateParts,
  toLocalDate,
  type LocalDate,
} from '@oikeus/domain';
import { startOfLocalDay } from './local-day-reader';

/** A report period with the instants that bound it and each of its months. */
export interface ResolvedPeriod extends ReportPeriod {
  from: LocalDate;
  to: LocalDate;
  /** The first instant of `from` in the controller's time zone. */
  start: Date;
  /** The first instant after `to` (exclusive end). */
  end: Date;
  /**
   * Month edges inside the period: `start`, the first instant of each later
   * month, then `end` — so month i is [edges[i], edges[i + 1]).
   */
  edges: Date[];
}

function firstOfMonth(date: LocalDate): LocalDate {
  const { year, month } = localDateParts(date);
  return localDateFromParts(year, month, 1);
}

/**
 * Turns the chosen period into the controller's dates and instants. "This
 * month" and "the last 12 months" run to today (the current month counts as
 * one of the twelve); a year runs 1 January – 31 December; a custom period
 * from its first to its last day, both included. Months and days are the
 * controller's (CONTROLLER_TIME_ZONE), as for deadlines.
 */
export function resolveReportPeriod(
  query: Pick<ReportFilterQuery, 'period' | 'year' | 'from' | 'to'>,
  now: Date,
  timeZone: string,
): ResolvedPeriod {
  const today = toLocalDate(now, timeZone);
  let from: LocalDate;
  let to: LocalDate;
  switch (query.period) {
    case 'this_month':
      from = firstOfMonth(today);
      to = today;
      break;
    case 'last_12_months':
      from = addLocalMonths(firstOfMonth(today), -11);
      to = today;
      break;
    case 'year': {
      // The contract requires a year for this period.
      const year = query.year ?? localDateParts(today).year;
      from = localDateFromParts(year, 1, 1);
      to = localDateFromParts(year, 12, 31);
      break;
    }
    case 'custom':
      // The contract requires both dates, in order, for a custom period.
      from = asLocalDate(query.from ?? today);
      to = asLocalDate(query.to ?? today);
      break;
  }
  const months: string[] = [];
  const edges: Date[] = [startOfLocalDay(from, timeZone)];
  for (let month = firstOfMonth(from); month <= to; month = addLocalMonths(month, 1)) {
    months.push(month.slice(0, 7));
    if (month > from) edges.push(startOfLocalDay(month, timeZone));
  }
  const end = startOfLocalDay(addLocalDays(to, 1), timeZone);
  edges.push(end);
  return {
    kind: query.period,
    from,
    to,
    months,
    start: edges[0] ?? end,
    end,
    edges,
  };
}
