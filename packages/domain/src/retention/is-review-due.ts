import { addLocalMonths, type LocalDate } from '../calendar';
import { readLocalDate } from './read-local-date';

export interface ReviewSchedule {
  /** `YYYY-MM-DD`; null when the register has never been reviewed. */
  lastReviewedOn: string | null;
  intervalYears: number;
}

/**
 * The day the next review of a register falls due. The notice promises that
 * the need to keep personal data is assessed every two years (GDPR Art.
 * 5(1)(e) storage limitation); a review on 29 February falls due on
 * 28 February of a common year.
 */
export function computeNextReviewDate({
  lastReviewedOn,
  intervalYears,
}: ReviewSchedule): LocalDate | null {
  if (!Number.isInteger(intervalYears) || intervalYears <= 0) {
    throw new RangeError(`intervalYears: expected a positive integer, got ${intervalYears}`);
  }
  if (lastReviewedOn === null) return null;
  return addLocalMonths(readLocalDate(lastReviewedOn, 'lastReviewedOn'), intervalYears * 12);
}

/** True when a register's retention review is due today or overdue. */
export function isReviewDue(input: ReviewSchedule & { today: string }): boolean {
  const today = readLocalDate(input.today, 'today');
  const dueOn = computeNextReviewDate(input);
  return dueOn === null || today >= dueOn;
}
