import type { LocalDate } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { inTransaction, lockSequence, type Tx } from '../../db/transaction';
import type { RetentionItem } from './retention-item';
import type { RetentionTotals } from './retention-tally';

/** Advisory-lock key that serialises claims of the retention run (PostgreSQL). */
const RETENTION_CLAIM_LOCK = 4_157_101;
/** A run that has not committed a batch for this long is taken to have died. */
export const DEFAULT_RETENTION_LEASE_MS = 15 * 60_000;
/** The run row keeps the first items in full; the totals always count all of them. */
export const MAX_SUMMARY_ITEMS = 1000;

export type RetentionRunStatus = 'running' | 'completed' | 'interrupted' | 'abandoned';

/** The JSON kept in RetentionRun.summary. Record ids, rules and dates only: no personal data. */
export interface RetentionRunSummary {
  status: RetentionRunStatus;
  today: LocalDate;
  /** Last sign of life of the worker holding the run: each committed batch renews it. */
  heartbeatAt: string;
  totals: RetentionTotals;
  items: RetentionItem[];
  itemsTruncated: boolean;
  /** The kind of error that stopped the run (its name only: messages may carry data). */
  error?: string;
}

export function buildRunSummary(input: {
  status: RetentionRunStatus;
  today: LocalDate;
  now: Date;
  totals: RetentionTotals;
  items: readonly RetentionItem[];
  /** How many items there are in all, when `items` holds only the first of them. */
  itemCount?: number;
  error?: unknown;
}): RetentionRunSummary {
  const itemCount = input.itemCount ?? input.items.length;
  return {
    status: input.status,
    today: input.today,
    heartbeatAt: input.now.toISOString(),
    totals: input.totals,
    items: input.items.slice(0, MAX_SUMMARY_ITEMS),
    itemsTruncated: itemCount > MAX_SUMMARY_ITEMS,
    ...(input.error === undefined
      ? {}
      : { error: input.error instanceof Error ? input.error.name : typeof input.error }),
  };
}

export function parseRunSummary(text: string | null): Partial<RetentionRunSummary> | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as Partial<RetentionRunSummary>;
  } catch {
    return null;
  }
}

export type RetentionClaim =
  | { status: 'claimed'; runId: string }
  | {
      status: 'already_running';
      runId: string;
      lockedBy: string;
      startedAt: Date;
      heartbeatAt: Date;
    };

/**
 * Starts a RetentionRun row. A real run also takes the lock: the row's
 * `lockedBy` names the worker, and a claim finds no other live holder first, so
 * two workers never delete at once (DESIGN.md: N API processes and M workers).
 * A holder whose heartbeat is older than the lease is taken to have died: its
 * run is marked abandoned and the new run continues where it stopped — every
 * committed batch is complete in itself, so nothing is lost or done twice.
 * A dry run deletes nothing and takes no lock.
 */
export async function claimRetentionRun(
  ctx: AppContext,
  input: {
    workerId: string;
    isDryRun: boolean;
    today: LocalDate;
    totals: RetentionTotals;
    leaseMs: number;
  },
): Promise<RetentionClaim> {
  const now = ctx.clock.now();
  const summary = JSON.stringify(
    buildRunSummary({
      status: 'running',
      today: input.today,
      now,
      totals: input.totals,
      items: [],
    }),
  );
  if (input.isDryRun) {
    const run = await ctx.db.prisma.retentionRun.create({
      data: { startedAt: now, isDryRun: true, summary },
      select: { id: true },
    });
    return { status: 'claimed', runId: run.id };
  }
  return inTransaction(ctx.db, async (tx) => {
    await serialiseClaims(tx, ctx);
    const holders = await tx.retentionRun.findMany({
      where: { lockedBy: { not: null } },
      select: { id: true, lockedBy: true, startedAt: true, summary: true },
    });
    for (const holder of holders) {
      const previous = parseRunSummary(holder.summary);
      const heartbeatAt = previous?.heartbeatAt ? new Date(previous.heartbeatAt) : holder.startedAt;
      if (now.getTime() - heartbeatAt.getTime() < input.leaseMs) {
        return {
          status: 'already_running' as const,
          runId: holder.id,
          lockedBy: holder.lockedBy ?? '',
          startedAt: holder.startedAt,
          heartbeatAt,
        };
      }
      await tx.retentionRun.update({
        where: { id: holder.id },
        data: {
          lockedBy: null,
          finishedAt: now,
          summary: JSON.stringify({ ...previous, status: 'abandoned' }),
        },
      });
      ctx.logger.warn(
        { runId: holder.id, heartbeatAt },
        'retention run abandoned by a worker that stopped',
      );
    }
    const run = await tx.retentionRun.create({
      data: { startedAt: now, isDryRun: false, lockedBy: input.workerId, summary },
      select: { id: true },
    });
    return { status: 'claimed' as const, runId: run.id };
  });
}

/**
 * Makes concurrent claims take turns, so two claimers cannot both read "no
 * holder". PostgreSQL: a transaction-scoped advisory lock. SQLite: Prisma
 * begins transactions deferred, so a first write statement takes the single
 * write lock now; another process's claim waits for it (busy timeout).
 */
async function serialiseClaims(tx: Tx, ctx: AppContext): Promise<void> {
  if (ctx.db.provider === 'postgresql') {
    await lockSequence(tx, ctx.db, RETENTION_CLAIM_LOCK);
  } else {
    await tx.$executeRawUnsafe('UPDATE "RetentionRun" SET "lockedBy" = "lockedBy" WHERE 1 = 0');
  }
}

export class RetentionLockLostError extends Error {
  override name = 'RetentionLockLostError';
  constructor(runId: string) {
    super(`Retention run ${runId} lost its lock to another worker; this batch was rolled back`);
  }
}

/** Saves progress in the batch's own transaction; throws (rolling the batch back) if the lock was taken over. */
export async function recordRunProgress(
  tx: Tx,
  run: { runId: string; workerId: string },
  progress: { deletedCount: number; summary: RetentionRunSummary },
): Promise<void> {
  const updated = await tx.retentionRun.updateMany({
    where: { id: run.runId, lockedBy: run.workerId },
    data: { deletedCount: progress.deletedCount, summary: JSON.stringify(progress.summary) },
  });
  if (updated.count === 0) throw new RetentionLockLostError(run.runId);
}

/** Closes the run row and releases the lock if this worker still holds it. */
export async function finishRun(
  tx: Tx,
  run: { runId: string; workerId: string | null },
  result: { finishedAt: Date; deletedCount: number; summary: RetentionRunSummary },
): Promise<void> {
  await tx.retentionRun.updateMany({
    where: { id: run.runId, ...(run.workerId === null ? {} : { lockedBy: run.workerId }) },
    data: {
      finishedAt: result.finishedAt,
      lockedBy: null,
      deletedCount: result.deletedCount,
      summary: JSON.stringify(result.summary),
    },
  });
}
