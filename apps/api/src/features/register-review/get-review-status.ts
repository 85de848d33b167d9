import type { AppContext } from '../../context';
import { loadRegisterReviewDates } from '../../registers/register-review-dates';
import { loadStaffRefs } from '../staff/staff-names';
import type { RegisterReviewStatus } from '@oikeus/contracts';

/** Each register's review status with who recorded the last review (register-review-dates.ts). */
export async function getReviewStatus(
  ctx: AppContext,
  options: { today?: string } = {},
): Promise<RegisterReviewStatus[]> {
  const dates = await loadRegisterReviewDates(ctx, options);
  const staff = await loadStaffRefs(
    ctx.db.prisma,
    dates.map((d) => d.review?.reviewedById),
  );
  const { registers, retentionReview } = ctx.registerDescription;
  return registers.map((register, index) => {
    const { lastReviewedOn, review, nextDueOn, isDue } = dates[index]!;
    return {
      registerId: register.id,
      name: register.name,
      intervalYears: retentionReview.intervalYears,
      lastReviewedOn,
      lastReview: review
        ? {
            id: review.id,
            registerId: register.id,
            reviewedAt: review.reviewedAt.toISOString(),
            reviewedBy: review.reviewedById ? (staff.get(review.reviewedById) ?? null) : null,
            notes: review.notes,
          }
        : null,
      nextDueOn,
      isDue,
    };
  });
}
