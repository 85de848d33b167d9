import {
  refusalGrounds,
  requestTypes,
  type RefusalGround,
  type Report,
  type RequestType,
} from '@oikeus/contracts';
import { countWorkingDays, type HolidayCalendar } from '@oikeus/domain';
import type { LocalDayReader } from './local-day-reader';
import { median, percentile } from './percentiles';
import type { AnswerRow } from './read-answers';

export type AnswerFigures = Pick<Report, 'timeliness' | 'workingDays' | 'refusals'>;

/**
 * Timeliness, working days to answer and refusals from the period's answers.
 * On time: sent on or before the legal deadline in force (GDPR Art. 12(3);
 * the period ends with the last hour of that day, Regulation 1182/71 Art. 3(2)(c)).
 * Working days: those after the day of receipt up to the day of the answer
 * (Art. 3(1), 3(3)), with the controller's holiday calendar — the count the
 * deadlines use.
 */
export function summarizeAnswers(
  rows: readonly AnswerRow[],
  months: readonly string[],
  days: LocalDayReader,
  calendar: HolidayCalendar,
): AnswerFigures {
  const byMonth = months.map((month) => ({ month, onTime: 0, late: 0 }));
  const monthIndex = new Map(months.map((month, index) => [month, index]));
  const daysByType = new Map<RequestType, number[]>(requestTypes.map((type) => [type, []]));
  const all: number[] = [];
  const byGround = Object.fromEntries(refusalGrounds.map((g) => [g, 0])) as Record<
    RefusalGround,
    number
  >;
  // Thousands of answers share a few thousand (receipt, answer) day pairs.
  const workingDaysBetween = new Map<string, number>();
  let onTime = 0;
  let late = 0;
  let refused = 0;
  for (const row of rows) {
    const answered = days.dayOf(row.closedAt);
    const isOnTime = answered <= row.dueDate;
    if (isOnTime) onTime += 1;
    else late += 1;
    const entry = byMonth[monthIndex.get(answered.slice(0, 7)) ?? -1];
    if (entry) {
      if (isOnTime) entry.onTime += 1;
      else entry.late += 1;
    }
    const received = days.dayOf(row.receivedAt);
    const key = `${received}/${answered}`;
    let taken = workingDaysBetween.get(key);
    if (taken === undefined) {
      taken = countWorkingDays(calendar, received, answered);
      workingDaysBetween.set(key, taken);
    }
    daysByType.get(row.type)?.push(taken);
    all.push(taken);
    if (row.status === 'refused') {
      refused += 1;
      if (row.refusalGround !== null && row.refusalGround in byGround) {
        byGround[row.refusalGround as RefusalGround] += 1;
      }
    }
  }
  const answered = onTime + late;
  return {
    timeliness: {
      answered,
      onTime,
      late,
      onTimeRate: answered === 0 ? null : onTime / answered,
      byMonth,
    },
    workingDays: {
      overall: { answered: all.length, median: median(all), p90: percentile(all, 90) },
      byType: requestTypes.map((type) => {
        const taken = daysByType.get(type) ?? [];
        return { type, answered: taken.length, median: median(taken), p90: percentile(taken, 90) };
      }),
    },
    refusals: { total: refused, byGround },
  };
}
