import type { WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { fieldError } from '../../errors/app-error';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';

/** Assigns the request to a handler or admin (or to nobody). */
export async function assignRequest(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string; assigneeId: string | null },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    if (input.assigneeId) {
      const assignee = await tx.staffUser.findFirst({
        where: { id: input.assigneeId, isActive: true, role: { in: ['handler', 'admin'] } },
        select: { id: true },
      });
      if (!assignee) throw fieldError('assigneeId', 'console.assigneeInvalid');
    }
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      set: { assigneeId: input.assigneeId },
      event: { type: 'assigned', data: { from: request.assigneeId, to: input.assigneeId } },
      audit: {
        action: 'request.assigned',
        details: {
          before: { assigneeId: request.assigneeId },
          after: { assigneeId: input.assigneeId },
        },
      },
    });
    return { requestId: request.id, version };
  });
}
