import type { LocalDate } from '../calendar/local-date';
import { daysBetween, maxLocalDate } from '../calendar/local-date-arithmetic';
import { toLocalDate } from '../calendar/to-local-date';
import { InvalidSuspensionError, type PausedInterval, type Suspension } from './suspension';

export interface PausedDays {
  days: number;
  intervals: PausedInterval[];
  /** True while a suspension is open: the deadline then moves on by a day each day. */
  isSuspended: boolean;
}

/**
 * Counts the calendar days the clock stood still.
 *
 * Counting rule: a suspension from local date A (the day the controller asked
 * for identity information) to local date B (the day the answer arrived) adds
 * B − A days, i.e. the days A+1 … B.
 * - Day A counts as a running day: the request was with the controller and
 *   the clock ran until the question went out.
 * - Day B does not count, by the same logic as Regulation 1182/71 Art. 3(1)
 *   (the day of the event does not count): the period resumes at the start of
 *   the day after the information reached the controller, just as it started
 *   on the day after receipt.
 * So a question answered the same day adds nothing, and the subject is never
 * charged a day that both sides had the request. EDPB Guidelines 01/2022 §159
 * allows the suspension only while the controller waits for the information
 * it asked for; this count gives the controller no extra day beyond that wait.
 *
 * Local dates are taken in the controller's time zone. A suspension cannot
 * start before receipt (it is clamped to the receipt date), and overlapping
 * suspensions count each day once. An open suspension counts up to `now`.
 */
export function countPausedDays(input: {
  suspensions: readonly Suspension[];
  receivedDate: LocalDate;
  timeZone: string;
  now?: Date;
}): PausedDays {
  const { suspensions, receivedDate, timeZone, now } = input;
  const intervals: PausedInterval[] = suspensions.map((suspension) => {
    if (suspension.to !== null && suspension.to.getTime() < suspension.from.getTime()) {
      throw new InvalidSuspensionError('A suspension cannot end before it starts');
    }
    const end = suspension.to ?? now;
    if (end === undefined) {
      throw new InvalidSuspensionError('An open suspension needs `now` to be counted');
    }
    const fromDate = maxLocalDate(toLocalDate(suspension.from, timeZone), receivedDate);
    const toDate = maxLocalDate(toLocalDate(end, timeZone), fromDate);
    return {
      fromDate,
      toDate,
      days: daysBetween(fromDate, toDate),
      isOpen: suspension.to === null,
    };
  });

  // Union of the day sets (fromDate, toDate], so overlaps are not double-counted.
  const sorted = [...intervals].sort((a, b) => (a.fromDate < b.fromDate ? -1 : 1));
  let days = 0;
  let coveredUntil: LocalDate | undefined;
  for (const interval of sorted) {
    const start =
      coveredUntil === undefined
        ? interval.fromDate
        : maxLocalDate(interval.fromDate, coveredUntil);
    if (interval.toDate > start) {
      days += daysBetween(start, interval.toDate);
      coveredUntil = interval.toDate;
    }
  }

  return { days, intervals, isSuspended: intervals.some((interval) => interval.isOpen) };
}
