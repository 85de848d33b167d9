import type { AppContext } from '../../context';
import { getReviewStatus } from './get-review-status';
import type { RegisterReviewStatus } from '@oikeus/contracts';

/**
 * Registers whose two-yearly retention review is due today or overdue, for
 * the daily digest and the reminder to the contact person
 * (`ctx.registerDescription.contactPerson`).
 */
export async function dueRegisterReviews(
  ctx: AppContext,
  options: { today?: string } = {},
): Promise<RegisterReviewStatus[]> {
  return (await getReviewStatus(ctx, options)).filter((status) => status.isDue);
}
