import { purgeExpiredExports } from '../features/exports/purge-expired-exports';
import type { WorkerTask } from './start-worker';

const HOUR = 3_600_000;

/** Periodic jobs besides mail and reminders, run by every worker (each job is safe to run concurrently). */
export const scheduledTasks: WorkerTask[] = [
  // Downloads expire (default 30 days); the files must not outlive their link.
  { name: 'purge-expired-exports', intervalMs: HOUR, run: (ctx) => purgeExpiredExports(ctx) },
];
