import type { WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { findLiftableRestriction } from './inform-before-lift';

/** Lifts an Art. 18 restriction; refused until the subject has been told (Art. 18(3)). */
export async function liftRestriction(
  ctx: AppContext,
  input: { requestId: string; restrictionId: string; version: number; staffId: string },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    const restriction = await findLiftableRestriction(tx, request.id, input.restrictionId);
    if (!restriction.subjectInformedAt) {
      throw new AppError('ILLEGAL_TRANSITION', 'restriction.informBeforeLift');
    }
    const now = ctx.clock.now();
    await tx.restriction.update({
      where: { id: restriction.id },
      data: { liftedAt: now, liftedById: input.staffId },
    });
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      event: { type: 'restriction_lifted', data: { restrictionId: restriction.id } },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: input.staffId,
      action: 'register.restriction_lifted',
      requestId: request.id,
      recordType: restriction.recordType,
      recordId: restriction.recordId,
      details: {
        restrictionId: restriction.id,
        ground: restriction.ground,
        subjectInformedAt: restriction.subjectInformedAt.toISOString(),
        before: { liftedAt: null },
        after: { liftedAt: now.toISOString() },
      },
    });
    return { requestId: request.id, version };
  });
}
