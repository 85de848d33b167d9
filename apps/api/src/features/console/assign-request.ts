import type { WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { commitRequestChange, loadRequestForWrite, recordRequestEvent } from './request-write';

/** Assigns the request to a handler or admin (or to nobody). */
export async function assignRequest(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string; assigneeId: string | null },
  messages: { assigneeInvalid: string },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input.requestId, input.version);
    if (input.assigneeId) {
      const assignee = await tx.staffUser.findFirst({
        where: { id: input.assigneeId, isActive: true, role: { in: ['handler', 'admin'] } },
        select: { id: true },
      });
      if (!assignee)
        throw new AppError('VALIDATION_FAILED', messages.assigneeInvalid, [
          { path: 'assigneeId', message: messages.assigneeInvalid },
        ]);
    }
    const { version } = await commitRequestChange(tx, ctx, request, {
      data: { assigneeId: input.assigneeId },
    });
    await recordRequestEvent(tx, ctx, {
      requestId: request.id,
      type: 'assigned',
      actorId: input.staffId,
      isVisibleToSubject: false,
      data: { from: request.assigneeId, to: input.assigneeId },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: ctx.clock.now(),
      actorType: 'staff',
      actorId: input.staffId,
      action: 'request.assigned',
      requestId: request.id,
      details: {
        before: { assigneeId: request.assigneeId },
        after: { assigneeId: input.assigneeId },
      },
    });
    return { requestId: request.id, version };
  });
}
