import type { WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';

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
    const request = await loadRequestForWrite(tx, input);
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      subjectMessage: {
        body: input.body,
        mailDedupeKey: `handler_message:${request.id}:${request.version + 1}`,
      },
      event: null,
      // The text stays in the request; the audit trail records that it was sent.
      audit: ({ messageId }) => ({
        action: 'request.message_sent',
        details: { messageId, length: input.body.length },
      }),
    });
    return { requestId: request.id, version };
  });
}
