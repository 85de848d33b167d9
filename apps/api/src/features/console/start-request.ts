import type { WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';

/** received → in_progress: the handler takes the request up. */
export async function startRequest(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      transition: 'start',
      // Taking up an unassigned request assigns it to whoever starts it.
      ...(request.assigneeId ? {} : { set: { assigneeId: input.staffId } }),
      event: { type: 'started', data: null },
      audit: ({ previousStatus, status }) => ({
        action: 'request.started',
        details: { before: { status: previousStatus }, after: { status } },
      }),
    });
    return { requestId: request.id, version };
  });
}
