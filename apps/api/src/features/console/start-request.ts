import type { WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { commitRequestChange, loadRequestForWrite, recordRequestEvent } from './request-write';

/** received → in_progress: the handler takes the request up. */
export async function startRequest(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input.requestId, input.version);
    const { version, status } = await commitRequestChange(tx, ctx, request, {
      action: 'start',
      // Taking up an unassigned request assigns it to whoever starts it.
      ...(request.assigneeId ? {} : { data: { assigneeId: input.staffId } }),
    });
    await recordRequestEvent(tx, ctx, {
      requestId: request.id,
      type: 'started',
      actorId: input.staffId,
      isVisibleToSubject: true,
    });
    await appendAuditEntry(tx, ctx.db, {
      at: ctx.clock.now(),
      actorType: 'staff',
      actorId: input.staffId,
      action: 'request.started',
      requestId: request.id,
      details: { before: { status: request.status }, after: { status } },
    });
    return { requestId: request.id, version };
  });
}
