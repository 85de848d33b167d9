import type { WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { commitRequestChange, loadRequestForWrite } from './request-write';
import { writeSubjectMessage } from './write-subject-message';

/**
 * The handler writes to the subject in their own words: a question about the
 * scope, an answer, a note on progress (Art. 12(1): communication in clear and
 * plain language). The message lands in the portal and an email says it is
 * there. Version-checked like every other write, so a handler who has not seen
 * the latest state of the request is told before writing past it.
 */
export async function sendSubjectMessage(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string; body: string },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input.requestId, input.version);
    const { version } = await commitRequestChange(tx, ctx, request, {});
    const { messageId } = await writeSubjectMessage(tx, ctx, {
      request,
      staffId: input.staffId,
      body: input.body,
      dedupeKey: `handler_message:${request.id}:${version}`,
    });
    await appendAuditEntry(tx, ctx.db, {
      at: ctx.clock.now(),
      actorType: 'staff',
      actorId: input.staffId,
      action: 'request.message_sent',
      requestId: request.id,
      // The text stays in the request; the audit trail records that it was sent.
      details: { messageId, length: input.body.length },
    });
    return { requestId: request.id, version };
  });
}
