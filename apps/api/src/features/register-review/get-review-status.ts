import {
  asLocalDate,
  computeNextReviewDate,
  isReviewDue,
  toLocalDate,
  type LocalDate,
} from '@oikeus/domain';
import type { AppContext } from '../../context';
import { loadStaffRefs } from '../staff/staff-names';
import type { RegisterReviewStatus, RegisterReviewView } from '@oikeus/contracts';

/**
 * Where each register stands in the review the notice promises (every
 * `retentionReview.intervalYears` years, GDPR Art. 5(1)(e)): the last review
 * is the later of the last one recorded here and the register description's
 * `lastReviewedOn`, the starting point written into the notice.
 */
export async function getReviewStatus(
  ctx: AppContext,
  options: { today?: string } = {},
): Promise<RegisterReviewStatus[]> {
  const timeZone = ctx.env.CONTROLLER_TIME_ZONE;
  const today =
    options.today === undefined
      ? toLocalDate(ctx.clock.now(), timeZone)
      : asLocalDate(options.today);
  const { registers, retentionReview } = ctx.registerDescription;
  const latest = await Promise.all(
    registers.map((register) =>
      ctx.db.prisma.registerReview.findFirst({
        where: { registerId: register.id },
        orderBy: [{ reviewedAt: 'desc' }, { id: 'desc' }],
      }),
    ),
  );
  const staff = await loadStaffRefs(
    ctx.db.prisma,
    latest.map((review) => review?.reviewedById),
  );
  return registers.map((register, index) => {
    const review = latest[index] ?? null;
    const reviewedOn = review ? toLocalDate(review.reviewedAt, timeZone) : null;
    const fromDescription = asLocalDate(register.lastReviewedOn);
    // Both are YYYY-MM-DD strings, which sort like the dates they name.
    const useReview = reviewedOn !== null && reviewedOn >= fromDescription;
    const lastReviewedOn: LocalDate = useReview ? reviewedOn : fromDescription;
    const schedule = { lastReviewedOn, intervalYears: retentionReview.intervalYears };
    const lastReview: RegisterReviewView | null =
      useReview && review
        ? {
            id: review.id,
            registerId: review.registerId,
            reviewedAt: review.reviewedAt.toISOString(),
            reviewedBy: review.reviewedById ? (staff.get(review.reviewedById) ?? null) : null,
            notes: review.notes,
          }
        : null;
    return {
      registerId: register.id,
      name: register.name,
      intervalYears: retentionReview.intervalYears,
      lastReviewedOn,
      lastReview,
      nextDueOn: computeNextReviewDate(schedule),
      isDue: isReviewDue({ ...schedule, today }),
    };
  });
}
