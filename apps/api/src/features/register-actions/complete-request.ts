import type { WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import {
  commitRequestChange,
  loadRequestForWrite,
  recordRequestEvent,
  requestPathOf,
} from '../console/request-write';
import { enqueueMail } from '../mail/enqueue-mail';

/** Completes the request with the handler's response letter, sent as a `completion` email. */
export async function completeRequest(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string; responseLetter: string },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input.requestId, input.version);
    const { version, status } = await commitRequestChange(tx, ctx, request, {
      action: 'complete',
      data: { responseLetter: input.responseLetter },
    });
    await recordRequestEvent(tx, ctx, {
      requestId: request.id,
      type: 'completed',
      actorId: input.staffId,
      isVisibleToSubject: true,
    });
    await appendAuditEntry(tx, ctx.db, {
      at: ctx.clock.now(),
      actorType: 'staff',
      actorId: input.staffId,
      action: 'request.completed',
      requestId: request.id,
      details: {
        before: { status: request.status },
        after: { status },
        letterLength: input.responseLetter.length,
      },
    });
    await enqueueMail(tx, ctx, {
      template: 'completion',
      to: request.account.email,
      locale: request.locale,
      requestId: request.id,
      dedupeKey: `completion:${request.id}`,
      data: {
        reference: request.reference,
        requestType: request.type,
        responseLetter: input.responseLetter,
        requestPath: requestPathOf(request.id),
      },
    });
    return { requestId: request.id, version };
  });
}
