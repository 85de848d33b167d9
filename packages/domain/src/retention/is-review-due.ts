import { addYears } from 'date-fns';
import { toLocalDate, toUtcDate, type LocalDate } from './local-date';

export interface ReviewSchedule {
  /** null when the register has never been reviewed. */
  lastReviewedOn: LocalDate | null;
  intervalYears: number;
}

/**
 * The day the next review of a register falls due. The notice promises that
 * the need to keep personal data is assessed every two years (GDPR Art.
 * 5(1)(e) storage limitation); a review on 29 February falls due on
 * 28 February of a common year.
 */
export function computeNextReviewDate({ lastReviewedOn, intervalYears }: ReviewSchedule): LocalDate | null {
  if (!Number.isInteger(intervalYears) || intervalYears <= 0) {
    throw new RangeError(`intervalYears: expected a positive integer, got ${intervalYears}`);
  }
  if (lastReviewedOn === null) return null;
  return toLocalDate(addYears(toUtcDate(lastReviewedOn, 'lastReviewedOn'), intervalYears));
}

/** True when a register's retention review is due today or overdue. */
export function isReviewDue(input: ReviewSchedule & { today: LocalDate }): boolean {
  toUtcDate(input.today, 'today');
  const dueOn = computeNextReviewDate(input);
  return dueOn === null || input.today >= dueOn;
}
