// Entry point of a worker child process for multi-process tests: the real
// worker (startWorker, the same code `dsr worker` runs) on a clock that starts
// at the given instant and then moves with real time (as the API processes'
// TEST_CLOCK does), so reminders fall due on the test's date, not the wall
// clock's, and mail the APIs queue a moment later is due for it too.
// Usage: node --import tsx test/support/faults-worker-child.ts <iso-now> <worker-id>
// Prints "worker-child ready", runs the jobs back to back until SIGTERM, then
// prints one JSON line with what it did.
import { ShiftableClock } from '../../src/clock';
import { createContext } from '../../src/bootstrap';
import { loadEnv } from '../../src/config/env';
import { startWorker } from '../../src/worker/start-worker';

const [now, workerId] = process.argv.slice(2);
if (!now || !workerId) throw new Error('usage: faults-worker-child.ts <iso-now> <worker-id>');

const clock = new ShiftableClock();
clock.setNow(new Date(now));
const ctx = await createContext(loadEnv(), { clock });
const worker = startWorker(ctx, { isLooping: false, workerId });
const totals = { runs: 0, remindersQueued: 0, sent: 0, retried: 0, failed: 0 };
let isStopping = false;
process.once('SIGTERM', () => {
  isStopping = true;
});
console.log('worker-child ready');
while (!isStopping) {
  const result = await worker.runOnce();
  totals.runs += 1;
  totals.remindersQueued += result.reminders?.queued ?? 0;
  totals.sent += result.outbox?.sent ?? 0;
  totals.retried += result.outbox?.retried ?? 0;
  totals.failed += result.outbox?.failed ?? 0;
  await new Promise((resolve) => setTimeout(resolve, 50));
}
await worker.stop();
await ctx.db.close();
console.log(`worker-child done ${JSON.stringify(totals)}`);
