import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { getReviewStatus } from './get-review-status';
import type { RecordRegisterReviewInput, RegisterReviewStatus } from '@oikeus/contracts';

/**
 * Records that an admin reviewed whether a register's data is still needed
 * (the notice's two-yearly review, GDPR Art. 5(1)(e), 5(2)). The notes stay in
 * the review row; the audit entry only says that and when it happened.
 */
export async function recordRegisterReview(
  ctx: AppContext,
  input: RecordRegisterReviewInput & { staffId: string },
): Promise<{ reviewId: string; status: RegisterReviewStatus }> {
  if (!ctx.registerDescription.registers.some((register) => register.id === input.registerId)) {
    throw new AppError('NOT_FOUND');
  }
  const now = ctx.clock.now();
  const reviewId = await inTransaction(ctx.db, async (tx) => {
    const review = await tx.registerReview.create({
      data: {
        registerId: input.registerId,
        reviewedAt: now,
        reviewedById: input.staffId,
        notes: input.notes,
      },
      select: { id: true },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: input.staffId,
      action: 'register.review_recorded',
      recordType: 'register',
      recordId: input.registerId,
      details: { reviewId: review.id },
    });
    return review.id;
  });
  const status = (await getReviewStatus(ctx)).find((s) => s.registerId === input.registerId);
  if (!status) throw new AppError('NOT_FOUND');
  return { reviewId, status };
}
