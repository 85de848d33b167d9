import type { RecordRef, WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';

/**
 * The handler's decision which register records are the subject's. Every
 * register action (rectification, erasure, restriction, objection, export)
 * works on these confirmed links only.
 */
export async function updateRecordLinks(
  ctx: AppContext,
  input: {
    requestId: string;
    version: number;
    staffId: string;
    confirm: Array<RecordRef & { matchScore: number }>;
    unconfirm: RecordRef[];
  },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    const now = ctx.clock.now();
    for (const ref of input.confirm) {
      const exists =
        ref.recordType === 'customer'
          ? await tx.customer.findUnique({ where: { id: ref.recordId }, select: { id: true } })
          : await tx.marketingContact.findUnique({
              where: { id: ref.recordId },
              select: { id: true },
            });
      if (!exists) throw new AppError('NOT_FOUND', 'console.recordNotFound');
      await tx.requestRecordLink.upsert({
        where: {
          requestId_recordType_recordId: {
            requestId: request.id,
            recordType: ref.recordType,
            recordId: ref.recordId,
          },
        },
        create: {
          requestId: request.id,
          recordType: ref.recordType,
          recordId: ref.recordId,
          matchScore: ref.matchScore,
          confirmedById: input.staffId,
          confirmedAt: now,
        },
        update: { matchScore: ref.matchScore },
      });
      await appendAuditEntry(tx, ctx.db, {
        at: now,
        actorType: 'staff',
        actorId: input.staffId,
        action: 'request.record_confirmed',
        requestId: request.id,
        recordType: ref.recordType,
        recordId: ref.recordId,
        details: { matchScore: ref.matchScore },
      });
    }
    for (const ref of input.unconfirm) {
      const removed = await tx.requestRecordLink.deleteMany({
        where: { requestId: request.id, recordType: ref.recordType, recordId: ref.recordId },
      });
      if (removed.count === 0) continue;
      await appendAuditEntry(tx, ctx.db, {
        at: now,
        actorType: 'staff',
        actorId: input.staffId,
        action: 'request.record_unconfirmed',
        requestId: request.id,
        recordType: ref.recordType,
        recordId: ref.recordId,
      });
    }
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      event: {
        type: 'records_updated',
        data: { confirmed: input.confirm.length, unconfirmed: input.unconfirm.length },
      },
    });
    return { requestId: request.id, version };
  });
}
