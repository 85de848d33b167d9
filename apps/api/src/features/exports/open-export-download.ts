import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { verifyExportDownload } from './export-download-signature';
import { readExportChunks } from './read-export-chunks';

export interface ExportDownload {
  fileName: string;
  size: number;
  sha256: string | null;
  chunks: AsyncIterable<Uint8Array>;
}

/**
 * Opens a download for the signed-in subject: the link must be signed for
 * this account and this export and not be past its time; the package must be
 * the subject's own, released and unexpired. The count and the audit entry
 * are written before a byte is sent, so every download that starts is on
 * record.
 */
export async function openExportDownload(
  ctx: AppContext,
  input: {
    accountId: string;
    requestId: string;
    exportId: string;
    signature: string;
  },
): Promise<ExportDownload> {
  const now = ctx.clock.now();
  const check = verifyExportDownload(
    ctx.secret,
    input.signature,
    { exportId: input.exportId, accountId: input.accountId },
    now,
  );
  if (check === 'expired') throw new AppError('FORBIDDEN', 'download.linkExpired');
  if (check !== 'valid') throw new AppError('FORBIDDEN', 'download.linkInvalid');

  const row = await inTransaction(ctx.db, async (tx) => {
    const owned = {
      id: input.exportId,
      requestId: input.requestId,
      // A withdrawn request's packages are revoked; the status check keeps
      // that true even for a package a racing release slipped past.
      request: { accountId: input.accountId, status: { not: 'withdrawn' as const } },
      status: 'released',
      deletedAt: null,
      expiresAt: { gt: now },
    };
    const found = await tx.export.findFirst({
      where: owned,
      select: { id: true, fileName: true, size: true, sha256: true, kind: true },
    });
    if (!found) throw new AppError('NOT_FOUND');
    await tx.export.update({
      where: { id: found.id },
      data: { downloadCount: { increment: 1 } },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'subject',
      actorId: input.accountId,
      action: 'export.downloaded',
      requestId: input.requestId,
      details: { exportId: found.id, kind: found.kind, size: found.size },
    });
    return found;
  });
  return {
    fileName: row.fileName,
    size: row.size,
    sha256: row.sha256,
    chunks: readExportChunks(ctx.db.prisma, row.id),
  };
}
