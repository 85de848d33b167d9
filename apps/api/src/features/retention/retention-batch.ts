import type { LocalDate, PortalRetentionPeriods, RetentionRule } from '@oikeus/domain';
import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import type { RetentionItem, RetentionKept } from './retention-item';

/** What every batch of one run shares. */
export interface RetentionBatchScope {
  ctx: AppContext;
  tx: Tx;
  runId: string;
  isDryRun: boolean;
  today: LocalDate;
  rules: readonly RetentionRule[];
  /** When the deletions happen (audit time); business dates use `today`. */
  now: Date;
  /**
   * Invoices this run has deleted or, in a dry run, would have deleted. A dry
   * run deletes nothing, so the customer pass subtracts them to report the
   * same deletions a real run makes.
   */
  invoicesGone: Set<string>;
  /** The controller's settings of the portal's own periods (the notice prints the same). */
  portalRetention: PortalRetentionPeriods;
  /**
   * Requests this run has deleted or, in a dry run, would have deleted: their
   * files are not counted again, and an account without other requests may go.
   */
  requestsGone: Set<string>;
}

export interface RetentionBatchResult {
  /** Cursor for the next page; null when this page was the last. */
  lastId: string | null;
  items: RetentionItem[];
  kept: RetentionKept[];
}

/** Audit details of a retention action: the rule and dates only, never personal data. */
export function retentionAuditDetails(
  scope: Pick<RetentionBatchScope, 'runId' | 'today'>,
  item: RetentionItem,
  extra: Record<string, unknown>,
): Record<string, unknown> {
  return {
    runId: scope.runId,
    ruleId: item.ruleId,
    reason: item.reason,
    deletableSince: item.deletableSince,
    evaluatedOn: scope.today,
    ...extra,
  };
}

/** Ends the restrictions of a record that no longer exists; they have nothing left to restrict. */
export async function endRestrictionsOf(
  scope: RetentionBatchScope,
  restrictionIds: readonly string[],
): Promise<number> {
  if (restrictionIds.length === 0) return 0;
  const ended = await scope.tx.restriction.updateMany({
    where: { id: { in: [...restrictionIds] }, liftedAt: null },
    data: { liftedAt: scope.now },
  });
  return ended.count;
}

export function countBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}
