import type { LocalDate } from '../calendar/local-date';
import type { NonWorkingDay } from '../holidays/create-holiday-calendar';
import type { PausedInterval } from './suspension';

/** A non-working day the deadline was moved past (Regulation 1182/71 Art. 3(4)). */
export type SkippedDay = NonWorkingDay;

/** `due` is the one-month deadline, `extended` the three-month one. */
export type DeadlinePeriod = 'due' | 'extended';

/**
 * Machine-readable steps, in order, so a UI can explain the date in any
 * language without parsing prose.
 */
export type DeadlineReasoningStep =
  | {
      step: 'receipt';
      /** The instant the request reached the controller, ISO 8601 UTC. */
      receivedAt: string;
      timeZone: string;
      date: LocalDate;
      /** A request received on a weekend or holiday still counts from that day. */
      isWorkingDay: boolean;
    }
  | {
      step: 'one-month' | 'three-months';
      from: LocalDate;
      date: LocalDate;
      /** The same date does not exist in that month, so its last day is used (Art. 3(2)(c)). */
      isClampedToMonthEnd: boolean;
    }
  | { step: 'pause'; period: DeadlinePeriod; days: number; from: LocalDate; date: LocalDate }
  | {
      step: 'shift';
      period: DeadlinePeriod;
      from: LocalDate;
      to: LocalDate;
      skipped: SkippedDay[];
    }
  | { step: 'effective'; isExtended: boolean; date: LocalDate }
  | {
      step: 'target';
      daysBefore: number;
      from: LocalDate;
      /** Effective due date minus `daysBefore` calendar days, before any move. */
      subtracted: LocalDate;
      date: LocalDate;
      /** Non-working days the target moved back over. */
      skipped: SkippedDay[];
      /** The target would have fallen before receipt, so it was set to the first working day from receipt. */
      isClampedToReceipt: boolean;
    };

export interface Deadline {
  timeZone: string;
  /** Local date of receipt; it does not count (Regulation 1182/71 Art. 3(1)). */
  receivedDate: LocalDate;
  /** Receipt + one month, before pauses and the working-day shift (Art. 3(2)(c)). */
  plainDueDate: LocalDate;
  /** The one-month deadline: plain date + paused days, moved to a working day (Art. 3(4)). */
  dueDate: LocalDate;
  /** Days skipped between the paused one-month date and `dueDate`. */
  skippedDays: SkippedDay[];
  /** Receipt + three months, before pauses and shift. */
  plainExtendedDueDate: LocalDate;
  /** The deadline if extended once by two further months (GDPR Art. 12(3)). */
  extendedDueDate: LocalDate;
  extendedSkippedDays: SkippedDay[];
  isExtended: boolean;
  /** `extendedDueDate` when extended, else `dueDate`. */
  effectiveDueDate: LocalDate;
  /** Internal target: a working day on or before the effective due date. */
  targetDate: LocalDate;
  pausedDays: number;
  pausedIntervals: PausedInterval[];
  /** An identity suspension is still open: the dates move on by a day each day. */
  isSuspended: boolean;
  reasoning: DeadlineReasoningStep[];
}
