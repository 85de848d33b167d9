import { recordAuditCheckpoint } from '../features/audit/record-audit-checkpoint';
import { purgeExpiredExports } from '../features/exports/purge-expired-exports';
import { runRetention } from '../features/retention/run-retention';
import type { WorkerTask } from './start-worker';

const HOUR = 3_600_000;

/** Periodic jobs besides mail and reminders, run by every worker (each job is safe to run concurrently). */
export const scheduledTasks: WorkerTask[] = [
  // Downloads expire (default 30 days); the files must not outlive their link.
  { name: 'purge-expired-exports', intervalMs: HOUR, run: (ctx) => purgeExpiredExports(ctx) },
  // Notice section 5: data is deleted when its retention period ends. Daily is
  // enough (periods are counted in days); the run's lock lets only one worker act.
  // The chain head leaves the database regularly (log, AUDIT_CHECKPOINT_FILE), so a
  // rewrite or a cut-off end of the trail is found by `dsr audit verify` (GDPR Art. 5(2)).
  { name: 'audit-checkpoint', intervalMs: HOUR, run: (ctx) => recordAuditCheckpoint(ctx) },
  { name: 'retention', intervalMs: 24 * HOUR, run: (ctx) => runRetention(ctx, { dryRun: false }) },
];
