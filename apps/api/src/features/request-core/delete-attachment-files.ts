import type { AttachmentDeletionReason } from '@oikeus/contracts';
import type { Tx } from '../../db/transaction';

/**
 * Deletes the files a subject sent on a request and keeps their rows, so the
 * message still says a file was sent, when it was deleted and why — never a
 * broken link. Identity documents are not kept once identity is verified
 * (EDPB Guidelines 01/2022 §§ 73–75: the handler's note of what was checked
 * suffices), and no file outlives the request's closing (the notice; GDPR
 * Art. 5(1)(c) and (e)). Returns the ids of the files deleted now.
 */
export async function deleteAttachmentFiles(
  tx: Tx,
  input: {
    requestId: string;
    /** identity_verified: the files of the subject's identity answers; request_closed: every file. */
    reason: AttachmentDeletionReason;
    at: Date;
  },
): Promise<string[]> {
  const files = await tx.attachment.findMany({
    where: {
      requestId: input.requestId,
      deletedAt: null,
      ...(input.reason === 'identity_verified'
        ? { message: { is: { isIdentityAnswer: true } } }
        : {}),
    },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  const ids = files.map((file) => file.id);
  if (ids.length === 0) return [];
  await tx.attachment.updateMany({
    where: { id: { in: ids }, deletedAt: null },
    data: { content: new Uint8Array(0), deletedAt: input.at, deletedReason: input.reason },
  });
  return ids;
}
