import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';

export interface AttachmentFile {
  fileName: string;
  contentType: string;
  content: Uint8Array;
}

/**
 * A file on one of the subject's own requests. Ownership and visibility are
 * part of the query: the request must be the account's and the file must sit
 * on a message the subject can see (never on a handler's internal note).
 */
export async function readOwnAttachment(
  ctx: AppContext,
  accountId: string,
  requestId: string,
  attachmentId: string,
): Promise<AttachmentFile> {
  const file = await ctx.db.prisma.attachment.findFirst({
    where: {
      id: attachmentId,
      requestId,
      request: { accountId },
      message: { isInternalNote: false },
      // A deleted file has no content left to serve.
      deletedAt: null,
    },
    select: { fileName: true, contentType: true, content: true },
  });
  if (!file) throw new AppError('NOT_FOUND');
  return file;
}
