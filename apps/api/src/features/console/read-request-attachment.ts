import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import type { AttachmentFile } from '../request-core/read-own-attachment';

/**
 * A file the subject sent on a request, for the handler checking identity
 * (Art. 12(6)). Such files can be ID documents, so every opening is written to
 * the audit trail (Art. 5(2) accountability; Art. 32 access logging).
 */
export async function readRequestAttachment(
  ctx: AppContext,
  input: { requestId: string; attachmentId: string; staffId: string },
): Promise<AttachmentFile> {
  return inTransaction(ctx.db, async (tx) => {
    const file = await tx.attachment.findFirst({
      // A deleted file has no content left to serve (identity verified or request closed).
      where: { id: input.attachmentId, requestId: input.requestId, deletedAt: null },
      select: { id: true, fileName: true, contentType: true, content: true },
    });
    if (!file) throw new AppError('NOT_FOUND');
    await appendAuditEntry(tx, ctx.db, {
      at: ctx.clock.now(),
      actorType: 'staff',
      actorId: input.staffId,
      action: 'attachment.opened',
      requestId: input.requestId,
      recordType: 'attachment',
      recordId: file.id,
    });
    return file;
  });
}
