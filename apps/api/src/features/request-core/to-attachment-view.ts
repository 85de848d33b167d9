import { attachmentDeletionReasonSchema, type SubjectAttachment } from '@oikeus/contracts';

/** The columns every view of an attachment reads: never the content. */
export const attachmentViewSelect = {
  id: true,
  fileName: true,
  contentType: true,
  size: true,
  createdAt: true,
  deletedAt: true,
  deletedReason: true,
} as const;

/**
 * An attachment as the portal and the console show it: a deleted file keeps
 * its name with when and why it was deleted, so neither side meets a broken link.
 */
export function toAttachmentView(row: {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: Date;
  deletedAt: Date | null;
  deletedReason: string | null;
}): SubjectAttachment {
  const reason = attachmentDeletionReasonSchema.safeParse(row.deletedReason);
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    createdAt: row.createdAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    deletedReason: row.deletedAt === null ? null : reason.success ? reason.data : 'request_closed',
  };
}
