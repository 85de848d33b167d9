import type { AppContext } from '../context';
import type { Tx } from '../db/transaction';
import { appendAuditEntry } from '../features/audit/append-audit-entry';

/** Why stored packages are destroyed before their time. */
export type ExportRevocationReason = 'request_withdrawn' | 'erasure_applied';

export interface RevokedExports {
  /** Packages (compiling, ready or released) whose chunks were deleted. */
  count: number;
  exportIds: string[];
}

/**
 * Deletes every stored package of the given requests, inside the caller's
 * transaction: the chunks go, the row stays as status `revoked` (that a
 * package existed, when it was released and how often it was downloaded stay
 * on record; the personal data does not). A withdrawn request no longer needs
 * its copy, and after an erasure no copy of the erased data may remain
 * downloadable or stored (GDPR Art. 17(1), 5(1)(e)). Download links stop
 * working at once, because a download opens only released packages.
 */
export async function revokeExports(
  tx: Tx,
  ctx: Pick<AppContext, 'db'>,
  input: {
    requestIds: readonly string[];
    reason: ExportRevocationReason;
    at: Date;
    actorType: 'subject' | 'staff';
    actorId: string;
    /** The request whose action caused this (the erasure or the withdrawal). */
    causedByRequestId: string;
  },
): Promise<RevokedExports> {
  if (input.requestIds.length === 0) return { count: 0, exportIds: [] };
  const live = await tx.export.findMany({
    where: {
      requestId: { in: [...input.requestIds] },
      status: { in: ['compiling', 'ready', 'released'] },
    },
    select: { id: true, requestId: true, status: true, kind: true },
    orderBy: { id: 'asc' },
  });
  const exportIds: string[] = [];
  for (const row of live) {
    const claimed = await tx.export.updateMany({
      where: { id: row.id, status: row.status },
      data: { status: 'revoked', deletedAt: input.at },
    });
    if (claimed.count === 0) continue;
    const chunks = await tx.exportChunk.deleteMany({ where: { exportId: row.id } });
    await appendAuditEntry(tx, ctx.db, {
      at: input.at,
      actorType: input.actorType,
      actorId: input.actorId,
      action: 'export.revoked',
      requestId: row.requestId,
      details: {
        exportId: row.id,
        kind: row.kind,
        reason: input.reason,
        causedByRequestId: input.causedByRequestId,
        chunksDeleted: chunks.count,
        before: { status: row.status },
        after: { status: 'revoked' },
      },
    });
    exportIds.push(row.id);
  }
  return { count: exportIds.length, exportIds };
}
