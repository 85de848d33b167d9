import type { WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import {
  commitRequestChange,
  loadRequestForWrite,
  recordRequestEvent,
} from '../console/request-write';

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
    const request = await loadRequestForWrite(tx, input.requestId, input.version);
    const { version } = await commitRequestChange(tx, ctx, request, {});
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
    await recordRequestEvent(tx, ctx, {
      requestId: request.id,
      type: 'recipient_notified',
      actorId: input.staffId,
      isVisibleToSubject: true,
      data: { recipientName: input.recipientName, notifiedAt: input.notifiedAt.toISOString() },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: ctx.clock.now(),
      actorType: 'staff',
      actorId: input.staffId,
      action: 'request.recipient_notified',
      requestId: request.id,
      details: {
        after: {
          noticeId: notice.id,
          recipientName: input.recipientName,
          method: input.method,
          notifiedAt: input.notifiedAt.toISOString(),
        },
      },
    });
    return { requestId: request.id, version };
  });
}
