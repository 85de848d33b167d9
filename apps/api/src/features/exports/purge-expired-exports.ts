import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { failInterruptedCompiles } from './fail-interrupted-compiles';

export interface PurgeExportsResult {
  /** Released or unreleased packages past their expiry, now deleted. */
  expired: number;
  /** Compiles abandoned by a process that stopped, now marked failed. */
  abandoned: number;
}

/**
 * Deletes packages past their expiry: the chunks go, the row stays as status
 * expired (what was released, when, and how often it was downloaded remain
 * on record; the personal data does not — GDPR Art. 5(1)(e)). Also cleans up
 * compiles a killed process left half-written (failInterruptedCompiles). Safe to run from any number
 * of workers at once: each package is claimed with a guarded update, so it
 * is purged and audited once. The worker calls this on a schedule.
 */
export async function purgeExpiredExports(
  ctx: AppContext,
  batchSize = 50,
): Promise<PurgeExportsResult> {
  const now = ctx.clock.now();
  const result: PurgeExportsResult = { expired: 0, abandoned: 0 };

  for (;;) {
    const due = await ctx.db.prisma.export.findMany({
      where: { status: { in: ['ready', 'released'] }, deletedAt: null, expiresAt: { lte: now } },
      orderBy: { expiresAt: 'asc' },
      take: batchSize,
      select: { id: true, requestId: true, status: true, kind: true },
    });
    for (const row of due) {
      const purged = await inTransaction(ctx.db, async (tx) => {
        const claimed = await tx.export.updateMany({
          where: { id: row.id, status: row.status, deletedAt: null },
          data: { status: 'expired', deletedAt: now },
        });
        if (claimed.count === 0) return false;
        await tx.exportChunk.deleteMany({ where: { exportId: row.id } });
        await appendAuditEntry(tx, ctx.db, {
          at: now,
          actorType: 'system',
          action: 'export.expired',
          requestId: row.requestId,
          details: {
            exportId: row.id,
            kind: row.kind,
            before: { status: row.status },
            after: { status: 'expired' },
          },
        });
        return true;
      });
      if (purged) result.expired += 1;
    }
    if (due.length < batchSize) break;
  }

  result.abandoned = await failInterruptedCompiles(ctx);
  return result;
}
