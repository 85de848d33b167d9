import type { WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import type { Tx } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';

/** An active Art. 18 restriction set through this request (legal holds are not lifted by hand). */
export async function findLiftableRestriction(tx: Tx, requestId: string, restrictionId: string) {
  const restriction = await tx.restriction.findFirst({
    where: { id: restrictionId, requestId, liftedAt: null },
  });
  if (!restriction) throw new AppError('NOT_FOUND', 'restriction.notFound');
  if (restriction.ground === 'legal_hold_17_3_b')
    throw new AppError('ILLEGAL_TRANSITION', 'restriction.legalHoldNotLiftable');
  return restriction;
}

/**
 * GDPR Art. 18(3): a subject who obtained a restriction is told before it is
 * lifted. Sends the handler's message (portal message + email) and records
 * when, which the lift step then requires.
 */
export async function informBeforeLift(
  ctx: AppContext,
  input: {
    requestId: string;
    restrictionId: string;
    version: number;
    staffId: string;
    message: string;
  },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    const restriction = await findLiftableRestriction(tx, request.id, input.restrictionId);
    const now = ctx.clock.now();
    await tx.restriction.update({
      where: { id: restriction.id },
      data: { subjectInformedAt: now },
    });
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      subjectMessage: {
        body: input.message,
        mailDedupeKey: `restriction_lift_notice:${restriction.id}:${request.version + 1}`,
      },
      event: { type: 'restriction_lift_notice_sent', data: { restrictionId: restriction.id } },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: input.staffId,
      action: 'register.restriction_lift_notice_sent',
      requestId: request.id,
      recordType: restriction.recordType,
      recordId: restriction.recordId,
      details: {
        restrictionId: restriction.id,
        before: { subjectInformedAt: restriction.subjectInformedAt?.toISOString() ?? null },
        after: { subjectInformedAt: now.toISOString() },
      },
    });
    return { requestId: request.id, version };
  });
}
