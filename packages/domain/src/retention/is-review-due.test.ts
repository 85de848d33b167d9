import { describe, expect, it } from 'vitest';
import { computeNextReviewDate, isReviewDue } from './is-review-due';

describe('isReviewDue for the two-yearly retention review', () => {
  const schedule = { lastReviewedOn: '2023-07-23', intervalYears: 2 };

  it('when the day before the second anniversary comes, the review is not yet due', () => {
    expect(isReviewDue({ ...schedule, today: '2025-07-22' })).toBe(false);
  });

  it('when the second anniversary of the last review comes, the review is due', () => {
    expect(isReviewDue({ ...schedule, today: '2025-07-23' })).toBe(true);
  });

  it('when the review is months overdue, it is still due', () => {
    expect(isReviewDue({ ...schedule, today: '2026-01-01' })).toBe(true);
  });

  it('when the register has never been reviewed, the review is due at once', () => {
    expect(isReviewDue({ lastReviewedOn: null, intervalYears: 2, today: '2023-07-23' })).toBe(true);
    expect(computeNextReviewDate({ lastReviewedOn: null, intervalYears: 2 })).toBeNull();
  });

  it('when the last review was on a leap day, the next one falls due on 28 February', () => {
    expect(computeNextReviewDate({ lastReviewedOn: '2024-02-29', intervalYears: 2 })).toBe(
      '2026-02-28',
    );
    expect(
      isReviewDue({ lastReviewedOn: '2024-02-29', intervalYears: 2, today: '2026-02-27' }),
    ).toBe(false);
    expect(
      isReviewDue({ lastReviewedOn: '2024-02-29', intervalYears: 2, today: '2026-02-28' }),
    ).toBe(true);
  });

  it('when the interval is not a positive whole number of years, it throws', () => {
    expect(() => isReviewDue({ ...schedule, intervalYears: 0, today: '2025-01-01' })).toThrow(
      RangeError,
    );
    expect(() => isReviewDue({ ...schedule, intervalYears: 1.5, today: '2025-01-01' })).toThrow(
      RangeError,
    );
  });
});
