import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { isCompileInterrupted } from './compile-owner';

/**
 * Marks compiles that can no longer finish as failed and deletes the chunks
 * they wrote: a package half-written by a killed process still holds personal
 * data (GDPR Art. 5(1)(e), 32), and the handler must see at once that it will
 * not arrive. A compile is interrupted when its process on this host is gone,
 * or when it has sent no heartbeat within the lease (another host).
 *
 * Run at start-up, on every worker pass and before a request's packages are
 * listed. Safe from any number of processes at once: each row is claimed with
 * a guarded update, so it is cleaned and audited once.
 */
export async function failInterruptedCompiles(
  ctx: AppContext,
  scope: { requestId?: string } = {},
): Promise<number> {
  const now = ctx.clock.now();
  const compiling = await ctx.db.prisma.export.findMany({
    where: { status: 'compiling', ...(scope.requestId ? { requestId: scope.requestId } : {}) },
    select: { id: true, requestId: true, compiledBy: true, heartbeatAt: true, createdAt: true },
  });
  let failed = 0;
  for (const row of compiling) {
    if (!isCompileInterrupted(row, now)) continue;
    const cleaned = await inTransaction(ctx.db, async (tx) => {
      const claimed = await tx.export.updateMany({
        where: { id: row.id, status: 'compiling' },
        data: { status: 'failed', deletedAt: now },
      });
      if (claimed.count === 0) return false;
      const chunks = await tx.exportChunk.deleteMany({ where: { exportId: row.id } });
      await appendAuditEntry(tx, ctx.db, {
        at: now,
        actorType: 'system',
        action: 'export.compile_abandoned',
        requestId: row.requestId,
        details: { exportId: row.id, chunksDeleted: chunks.count },
      });
      return true;
    });
    if (cleaned) failed += 1;
  }
  return failed;
}
