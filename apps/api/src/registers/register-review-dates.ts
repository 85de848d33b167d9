import {
  asLocalDate,
  computeNextReviewDate,
  isReviewDue,
  toLocalDate,
  type LocalDate,
} from '@oikeus/domain';
import type { AppContext } from '../context';

export interface RegisterReviewDate {
  registerId: string;
  /** The later of the last review recorded in the console and the description's `lastReviewedOn`. */
  lastReviewedOn: LocalDate;
  /** The recorded review behind `lastReviewedOn`, when it is one (not the description's date). */
  review: {
    id: string;
    reviewedAt: Date;
    reviewedById: string | null;
    notes: string | null;
  } | null;
  nextDueOn: LocalDate | null;
  isDue: boolean;
}

/**
 * Where each register stands in the review the notice promises (every
 * `retentionReview.intervalYears` years, GDPR Art. 5(1)(e), 5(2)). One source
 * for the console's review panel, the public privacy notice (a person sees the
 * date the review was actually recorded, not only the YAML's starting point)
 * and the contact person's daily digest.
 */
export async function loadRegisterReviewDates(
  ctx: Pick<AppContext, 'db' | 'env' | 'clock' | 'registerDescription'>,
  options: { today?: string } = {},
): Promise<RegisterReviewDate[]> {
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
        select: { id: true, reviewedAt: true, reviewedById: true, notes: true },
      }),
    ),
  );
  return registers.map((register, index) => {
    const review = latest[index] ?? null;
    const reviewedOn = review ? toLocalDate(review.reviewedAt, timeZone) : null;
    const fromDescription = asLocalDate(register.lastReviewedOn);
    // Both are YYYY-MM-DD strings, which sort like the dates they name.
    const useReview = reviewedOn !== null && reviewedOn >= fromDescription;
    const lastReviewedOn: LocalDate = useReview ? reviewedOn : fromDescription;
    const schedule = { lastReviewedOn, intervalYears: retentionReview.intervalYears };
    return {
      registerId: register.id,
      lastReviewedOn,
      review: useReview ? review : null,
      nextDueOn: computeNextReviewDate(schedule),
      isDue: isReviewDue({ ...schedule, today }),
    };
  });
}
