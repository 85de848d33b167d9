import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import { enqueueMail } from '../mail/enqueue-mail';
import { requestPathOf, type RequestForWrite } from './request-write';

/**
 * A message from the handler to the subject, kept in the portal, with a
 * `handler_message` email that says where to read it: the content may hold
 * personal data and stays on the authenticated channel.
 */
export async function writeSubjectMessage(
  tx: Tx,
  ctx: AppContext,
  input: { request: RequestForWrite; staffId: string; body: string; dedupeKey: string },
): Promise<{ messageId: string }> {
  const now = ctx.clock.now();
  const message = await tx.requestMessage.create({
    data: {
      requestId: input.request.id,
      authorType: 'staff',
      authorStaffId: input.staffId,
      body: input.body,
      isInternalNote: false,
      createdAt: now,
    },
    select: { id: true },
  });
  await enqueueMail(tx, ctx, {
    template: 'handler_message',
    to: input.request.account.email,
    locale: input.request.locale,
    requestId: input.request.id,
    dedupeKey: input.dedupeKey,
    data: { reference: input.request.reference, requestPath: requestPathOf(input.request.id) },
  });
  return { messageId: message.id };
}
