import { DEFAULT_TIME_ZONE, type LocalDate } from '../calendar/local-date';
import { addLocalDays, addLocalMonths, localDateParts } from '../calendar/local-date-arithmetic';
import { toLocalDate } from '../calendar/to-local-date';
import type { HolidayCalendar } from '../holidays/create-holiday-calendar';
import { countPausedDays } from './count-paused-days';
import type { Deadline, DeadlinePeriod, DeadlineReasoningStep, SkippedDay } from './deadline';
import type { Suspension } from './suspension';

/** How many calendar days before the legal deadline the internal target falls by default. */
export const DEFAULT_TARGET_DAYS_BEFORE = 7;

export interface ComputeDeadlineInput {
  /** The instant the request reached the controller (EDPB Guidelines 01/2022 §159). */
  receivedAt: Date;
  /** The controller's time zone; Europe/Helsinki when omitted. */
  timeZone?: string;
  calendar: HolidayCalendar;
  suspensions?: readonly Suspension[];
  isExtended?: boolean;
  targetDaysBefore?: number;
  /** Needed only to count a suspension that is still open. */
  now?: Date;
}

/** Non-working days from `from` up to, not including, `to`, in date order. */
function nonWorkingDaysBetween(calendar: HolidayCalendar, from: LocalDate, to: LocalDate) {
  const days: SkippedDay[] = [];
  for (let day = from; day < to; day = addLocalDays(day, 1)) {
    const reason = calendar.nonWorkingReason(day);
    if (reason) days.push(reason);
  }
  return days;
}

function computePeriodEnd(
  calendar: HolidayCalendar,
  receivedDate: LocalDate,
  months: 1 | 3,
  pausedDays: number,
  reasoning: DeadlineReasoningStep[],
) {
  const period: DeadlinePeriod = months === 1 ? 'due' : 'extended';
  // Regulation 1182/71 Art. 3(1): the day of receipt does not count, and
  // Art. 3(2)(c): a period in months ends on the same date in the last month,
  // or on that month's last day when the date does not exist there (EDPB
  // Guidelines 01/2022 §160: 5 March → 5 April; 31 August → 30 September).
  const plain = addLocalMonths(receivedDate, months);
  reasoning.push({
    step: months === 1 ? 'one-month' : 'three-months',
    from: receivedDate,
    date: plain,
    isClampedToMonthEnd: localDateParts(plain).day !== localDateParts(receivedDate).day,
  });
  // EDPB §159: days spent waiting for identity information extend the period;
  // they are calendar days, added before the working-day shift, because
  // Art. 3(3) counts weekends and holidays inside a period.
  const paused = addLocalDays(plain, pausedDays);
  if (pausedDays > 0) {
    reasoning.push({ step: 'pause', period, days: pausedDays, from: plain, date: paused });
  }
  // Art. 3(4): a period ending on a Saturday, Sunday or public holiday ends at
  // the end of the next working day (EDPB §161).
  const date = calendar.workingDayOnOrAfter(paused);
  const skipped = nonWorkingDaysBetween(calendar, paused, date);
  if (skipped.length > 0) {
    reasoning.push({ step: 'shift', period, from: paused, to: date, skipped });
  }
  return { plain, date, skipped };
}

/**
 * The legal deadline for answering a data-subject request (GDPR Art. 12(3)),
 * counted by Regulation 1182/71, with the three-month extended deadline and an
 * internal target date. Pure: the time is always passed in.
 */
export function computeDeadline(input: ComputeDeadlineInput): Deadline {
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const { calendar } = input;
  const isExtended = input.isExtended ?? false;
  const targetDaysBefore = input.targetDaysBefore ?? DEFAULT_TARGET_DAYS_BEFORE;
  if (!Number.isInteger(targetDaysBefore) || targetDaysBefore < 0) {
    throw new RangeError(`targetDaysBefore must be a whole number ≥ 0, got ${targetDaysBefore}`);
  }

  const receivedDate = toLocalDate(input.receivedAt, timeZone);
  const reasoning: DeadlineReasoningStep[] = [
    {
      step: 'receipt',
      receivedAt: input.receivedAt.toISOString(),
      timeZone,
      date: receivedDate,
      isWorkingDay: calendar.isWorkingDay(receivedDate),
    },
  ];

  const paused = countPausedDays({
    suspensions: input.suspensions ?? [],
    receivedDate,
    timeZone,
    now: input.now,
  });

  const due = computePeriodEnd(calendar, receivedDate, 1, paused.days, reasoning);
  // GDPR Art. 12(3) extension by two further months: counted as three months
  // from receipt and shifted the same way (the method the UK ICO documents).
  const extended = computePeriodEnd(calendar, receivedDate, 3, paused.days, reasoning);
  const effectiveDueDate = isExtended ? extended.date : due.date;
  reasoning.push({ step: 'effective', isExtended, date: effectiveDueDate });

  // Internal target: N calendar days before the legal deadline, moved back to
  // a working day so work is due on a day someone is there. It never falls
  // before receipt: then it is the first working day from receipt, which is
  // never after the due date (the due date is itself a working day after
  // receipt). So the target is always a working day in [receipt, due].
  const subtracted = addLocalDays(effectiveDueDate, -targetDaysBefore);
  const movedBack = calendar.workingDayOnOrBefore(subtracted);
  const earliest = calendar.workingDayOnOrAfter(receivedDate);
  const isClampedToReceipt = movedBack < earliest;
  const targetDate = isClampedToReceipt ? earliest : movedBack;
  reasoning.push({
    step: 'target',
    daysBefore: targetDaysBefore,
    from: effectiveDueDate,
    subtracted,
    date: targetDate,
    // Clamping only happens when receipt's first working day is after
    // `subtracted`, so no day was moved back over then.
    skipped: isClampedToReceipt
      ? []
      : nonWorkingDaysBetween(calendar, addLocalDays(movedBack, 1), addLocalDays(subtracted, 1)),
    isClampedToReceipt,
  });

  return {
    timeZone,
    receivedDate,
    plainDueDate: due.plain,
    dueDate: due.date,
    skippedDays: due.skipped,
    plainExtendedDueDate: extended.plain,
    extendedDueDate: extended.date,
    extendedSkippedDays: extended.skipped,
    isExtended,
    effectiveDueDate,
    targetDate,
    pausedDays: paused.days,
    pausedIntervals: paused.intervals,
    isSuspended: paused.isSuspended,
    reasoning,
  };
}
