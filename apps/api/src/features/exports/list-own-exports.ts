import { exportKindSchema, type SubjectExport } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { signExportDownload } from './export-download-signature';

/** A signed link is short-lived; the list is fetched again for a fresh one. */
export const DOWNLOAD_LINK_MINUTES = 15;

/**
 * The subject's released, unexpired packages for one of their own requests,
 * each with a download link signed for this account. Ownership is part of
 * every query (object-level access control in the query, DESIGN.md).
 */
export async function listOwnExports(
  ctx: AppContext,
  input: { accountId: string; requestId: string },
): Promise<SubjectExport[]> {
  const now = ctx.clock.now();
  const request = await ctx.db.prisma.rightsRequest.findFirst({
    where: { id: input.requestId, accountId: input.accountId },
    select: { id: true },
  });
  if (!request) throw new AppError('NOT_FOUND');
  const rows = await ctx.db.prisma.export.findMany({
    where: {
      requestId: request.id,
      request: { accountId: input.accountId },
      status: 'released',
      deletedAt: null,
      expiresAt: { gt: now },
    },
    orderBy: [{ releasedAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      kind: true,
      fileName: true,
      size: true,
      releasedAt: true,
      expiresAt: true,
    },
  });
  return rows.flatMap((row) => {
    if (row.releasedAt === null || row.expiresAt === null) return [];
    const linkExpiresAt = new Date(
      Math.min(now.getTime() + DOWNLOAD_LINK_MINUTES * 60_000, row.expiresAt.getTime()),
    );
    const sig = signExportDownload(
      ctx.secret,
      { exportId: row.id, accountId: input.accountId },
      linkExpiresAt,
    );
    return [
      {
        id: row.id,
        kind: exportKindSchema.parse(row.kind),
        fileName: row.fileName,
        size: row.size,
        releasedAt: row.releasedAt.toISOString(),
        expiresAt: row.expiresAt.toISOString(),
        downloadUrl: `/api/requests/${request.id}/exports/${row.id}/download?sig=${encodeURIComponent(sig)}`,
        downloadUrlExpiresAt: linkExpiresAt.toISOString(),
      },
    ];
  });
}
