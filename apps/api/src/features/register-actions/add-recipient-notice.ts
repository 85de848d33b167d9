import type { WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';

/**
 * GDPR Art. 19: records that a recipient was told of the rectification,
 * erasure or restriction — who, when and how — so the controller can show it
 * and tell the subject who the recipients are when asked.
 */
export async function addRecipientNotice(
  ctx: AppContext,
  input: {
    requestId: string;
    version: number;
    staffId: string;
    recipientName: string;
    notifiedAt: Date;
    method: string;
  },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    const notice = await tx.recipientNotice.create({
      data: {
        requestId: request.id,
        recipientName: input.recipientName,
        notifiedAt: input.notifiedAt,
        method: input.method,
        staffId: input.staffId,
      },
      select: { id: true },
    });
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      event: {
        type: 'recipient_notified',
        data: { recipientName: input.recipientName, notifiedAt: input.notifiedAt.toISOString() },
      },
      audit: {
        action: 'request.recipient_notified',
        details: {
          after: {
            noticeId: notice.id,
            recipientName: input.recipientName,
            method: input.method,
            notifiedAt: input.notifiedAt.toISOString(),
          },
        },
      },
    });
    return { requestId: request.id, version };
  });
}
