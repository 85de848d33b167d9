import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { asLocalDate, toLocalDate, type LocalDate } from '@oikeus/domain';
import { portalRetentionOf } from '../../config/portal-retention';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { processCustomerBatch } from './process-customer-batch';
import { processInvoiceBatch } from './process-invoice-batch';
import { processLoginChallengeBatch } from './process-login-challenge-batch';
import { processMarketingContactBatch } from './process-marketing-contact-batch';
import { processPortalAccountBatch } from './process-portal-account-batch';
import { processPortalRequestBatch } from './process-portal-request-batch';
import { processRequestAttachmentBatch } from './process-request-attachment-batch';
import { processLocalMailBatch, processOutboxMailBatch } from './process-sent-mail-batch';
import type { RetentionBatchResult, RetentionBatchScope } from './retention-batch';
import type { AnyRetentionRecordType, RetentionItem } from './retention-item';
import {
  DEFAULT_RETENTION_LEASE_MS,
  MAX_SUMMARY_ITEMS,
  buildRunSummary,
  claimRetentionRun,
  finishRun,
  recordRunProgress,
} from './retention-run-record';
import { retentionRulesOf } from './retention-rules';
import {
  addToRetentionTotals,
  countAnonymised,
  countDeleted,
  emptyRetentionTotals,
  type RetentionTotals,
} from './retention-tally';
import { tallyAuditEntries } from './tally-audit-entries';

export const DEFAULT_RETENTION_BATCH_SIZE = 500;

export interface RetentionBatchInfo {
  runId: string;
  recordType: AnyRetentionRecordType;
  /** 1 for the run's first committed batch, counting across record types. */
  batchNumber: number;
  items: readonly RetentionItem[];
}

export interface RunRetentionOptions {
  /** Decide and report only: nothing is deleted, anonymised or audited. */
  dryRun: boolean;
  /** `YYYY-MM-DD` to evaluate on; defaults to the controller's date (CONTROLLER_TIME_ZONE) on ctx.clock. */
  today?: string;
  /** Records read (and at most deleted) per transaction. */
  batchSize?: number;
  /** Names the holder of the lock; defaults to host, process and a random part. */
  workerId?: string;
  /** How long a holder may go without committing a batch before its lock is taken over. */
  leaseMs?: number;
  /** Called after each batch has committed (tests use it to simulate a crash mid-run). */
  onBatchCommitted?: (batch: RetentionBatchInfo) => void | Promise<void>;
}

export type RunRetentionResult =
  | {
      status: 'completed';
      runId: string;
      isDryRun: boolean;
      today: LocalDate;
      /** Everything deleted or anonymised (or, in a dry run, that would be), in the order done. */
      items: RetentionItem[];
      totals: RetentionTotals;
      deletedCount: number;
      anonymisedCount: number;
    }
  | {
      status: 'already_running';
      runId: string;
      lockedBy: string;
      startedAt: Date;
      heartbeatAt: Date;
    };

type Pass = [
  AnyRetentionRecordType,
  (
    scope: RetentionBatchScope,
    afterId: string | null,
    size: number,
  ) => Promise<RetentionBatchResult>,
];

// Invoices first: a customer whose last vouchers expire today is then deleted
// in the same run instead of being anonymised one more time. Marketing
// contacts before customers: a contact follows its customer's relationship,
// and deleting the customer row would cut that link (onDelete: SetNull).
// The portal's own records after the registers: requests first, so their
// files are not counted twice and an account whose last request goes today
// goes in the same run.
const PASSES: Pass[] = [
  ['invoice', processInvoiceBatch],
  ['marketing_contact', processMarketingContactBatch],
  ['customer', processCustomerBatch],
  ['portal_request', processPortalRequestBatch],
  ['request_attachment', processRequestAttachmentBatch],
  ['portal_account', processPortalAccountBatch],
  ['login_challenge', processLoginChallengeBatch],
  ['sent_mail', processOutboxMailBatch],
  ['sent_mail', processLocalMailBatch],
];

/**
 * The retention job (GDPR Art. 5(1)(e) storage limitation, the notice's
 * section 5): pages through invoices, customers and marketing contacts,
 * decides with the domain engine under the register description's rules and
 * deletes (or anonymises) what is due; then the portal's own records —
 * closed requests with all they hold, files of closed requests, accounts
 * without requests, sign-in codes and sent mail — under the periods the
 * notice prints (PORTAL_* settings). Audit entries are only counted against
 * their stated period: the trail is append-only. Each batch — its deletions, their audit
 * entries and the run's progress — commits in one transaction, so a crash
 * loses nothing and a rerun simply finds less to do. Only one real run works
 * at a time (see claimRetentionRun). For the worker: call once a day.
 */
export async function runRetention(
  ctx: AppContext,
  options: RunRetentionOptions,
): Promise<RunRetentionResult> {
  const isDryRun = options.dryRun;
  const controllerToday = toLocalDate(ctx.clock.now(), ctx.env.CONTROLLER_TIME_ZONE);
  const today = options.today === undefined ? controllerToday : asLocalDate(options.today);
  if (!isDryRun && today > controllerToday) {
    // A date in the future would delete records before their rule allows.
    throw new RangeError(
      `A retention run that deletes cannot evaluate on ${today}, after today (${controllerToday})`,
    );
  }
  const batchSize = options.batchSize ?? DEFAULT_RETENTION_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize: expected a positive integer, got ${batchSize}`);
  }
  const rules = retentionRulesOf(ctx.registerDescription);
  const portalRetention = portalRetentionOf(ctx.env);
  const workerId = options.workerId ?? `${hostname()}#${process.pid}#${randomUUID().slice(0, 8)}`;
  let totals = emptyRetentionTotals();
  const items: RetentionItem[] = [];

  const claim = await claimRetentionRun(ctx, {
    workerId,
    isDryRun,
    today,
    totals,
    leaseMs: options.leaseMs ?? DEFAULT_RETENTION_LEASE_MS,
  });
  if (claim.status === 'already_running') return claim;
  const run = { runId: claim.runId, workerId };
  const invoicesGone = new Set<string>();
  const requestsGone = new Set<string>();
  let batchNumber = 0;

  try {
    // Counted as the run starts, so the run's own entries do not change the count
    // and a dry run reports what the real run then reports.
    addToRetentionTotals(totals, [], await tallyAuditEntries(ctx, today, portalRetention));
    for (const [recordType, processBatch] of PASSES) {
      let cursor: string | null = null;
      for (;;) {
        const now = ctx.clock.now();
        const committed: { batch: RetentionBatchResult; totals: RetentionTotals } =
          await inTransaction(ctx.db, async (tx) => {
            const scope: RetentionBatchScope = {
              ctx,
              tx,
              runId: run.runId,
              isDryRun,
              today,
              rules,
              now,
              invoicesGone,
              portalRetention,
              requestsGone,
            };
            const batch = await processBatch(scope, cursor, batchSize);
            const next = structuredClone(totals);
            addToRetentionTotals(next, batch.items, batch.kept);
            if (!isDryRun && batch.lastId !== null) {
              await recordRunProgress(tx, run, {
                deletedCount: countDeleted(next),
                summary: buildRunSummary({
                  status: 'running',
                  today,
                  now,
                  totals: next,
                  // Only the first items are kept in the row; do not copy the rest per batch.
                  items: items.length >= MAX_SUMMARY_ITEMS ? items : [...items, ...batch.items],
                  itemCount: items.length + batch.items.length,
                }),
              });
            }
            return { batch, totals: next };
          });
        if (committed.batch.lastId === null) break;
        totals = committed.totals;
        items.push(...committed.batch.items);
        cursor = committed.batch.lastId;
        batchNumber += 1;
        await options.onBatchCommitted?.({
          runId: run.runId,
          recordType,
          batchNumber,
          items: committed.batch.items,
        });
      }
    }
  } catch (error) {
    await closeInterruptedRun(ctx, run, isDryRun, { today, totals, items, error });
    throw error;
  }

  const finishedAt = ctx.clock.now();
  await inTransaction(ctx.db, async (tx) => {
    await finishRun(
      tx,
      { runId: run.runId, workerId: isDryRun ? null : workerId },
      {
        finishedAt,
        deletedCount: countDeleted(totals),
        summary: buildRunSummary({ status: 'completed', today, now: finishedAt, totals, items }),
      },
    );
    if (!isDryRun) {
      await appendAuditEntry(tx, ctx.db, {
        at: finishedAt,
        actorType: 'system',
        action: 'retention.run_completed',
        recordType: 'retention_run',
        recordId: run.runId,
        details: {
          evaluatedOn: today,
          deleted: totals.deleted,
          anonymised: totals.anonymised,
          portalDeleted: Object.fromEntries(
            Object.entries(totals.portal).map(([type, tally]) => [type, tally.deleted]),
          ),
        },
      });
    }
  });
  return {
    status: 'completed',
    runId: run.runId,
    isDryRun,
    today,
    items,
    totals,
    deletedCount: countDeleted(totals),
    anonymisedCount: countAnonymised(totals),
  };
}

/** Records where an interrupted run got to and frees the lock; the next run carries on. */
async function closeInterruptedRun(
  ctx: AppContext,
  run: { runId: string; workerId: string },
  isDryRun: boolean,
  state: { today: LocalDate; totals: RetentionTotals; items: RetentionItem[]; error: unknown },
): Promise<void> {
  const finishedAt = ctx.clock.now();
  try {
    await inTransaction(ctx.db, (tx) =>
      finishRun(
        tx,
        { runId: run.runId, workerId: isDryRun ? null : run.workerId },
        {
          finishedAt,
          deletedCount: countDeleted(state.totals),
          summary: buildRunSummary({ status: 'interrupted', now: finishedAt, ...state }),
        },
      ),
    );
  } catch (closeError) {
    // The lease expires on its own; the original error is the one to report.
    ctx.logger.warn(
      { runId: run.runId, err: closeError },
      'could not mark the retention run interrupted',
    );
  }
}
