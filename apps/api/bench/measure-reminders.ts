// Reminder scan (scanReminders) over the open requests: the backlog is topped
// up to --requests open requests first, received within the last month.
import { scanReminders } from '../src/features/reminders/scan-reminders';
import type { BenchRun } from './bench-run';
import { createRandom } from './random';
import { OPEN_STATUSES, rawOpenRequestsWithPauses } from './raw-queries';
import { formatRatio, seconds, verdict, type ResultRow } from './result-table';
import { seedRequests } from './seed-requests';

const TARGET_MS = 5000;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

export async function measureReminders(
  run: BenchRun,
  takenReferences: Set<string>,
): Promise<ResultRow[]> {
  const prisma = run.ctx.db.prisma;
  const openNow = await prisma.rightsRequest.count({
    where: { status: { in: [...OPEN_STATUSES] } },
  });
  const wanted = run.options.requests;
  if (openNow < wanted) {
    run.log(`topping up open requests: ${openNow} → ${wanted}`);
    await seedRequests(run.ctx, {
      count: wanted - openNow,
      mode: 'open',
      staffIds: run.staff.staffIds,
      people: [],
      tag: 'open',
      takenReferences,
      random: createRandom(7),
    });
  }
  const open = await prisma.rightsRequest.count({ where: { status: { in: [...OPEN_STATUSES] } } });

  // Baseline: the reads a scan cannot avoid, best of three.
  let rawMs = Infinity;
  for (let i = 0; i < 3; i++) {
    const [, ms] = await timed(() => rawOpenRequestsWithPauses(run.raw));
    rawMs = Math.min(rawMs, ms);
  }
  run.log(`reminder scan over ${open} open requests (first pass)`);
  const [first, firstMs] = await timed(() => scanReminders(run.ctx));
  run.log('reminder scan (repeat pass)');
  const [again, againMs] = await timed(() => scanReminders(run.ctx));
  const scenario = `reminder scan, ${open.toLocaleString('en')} open requests`;
  const baseline = `${seconds(rawMs)} (read open requests + pauses)`;
  return [
    {
      db: run.label,
      scenario,
      load: 'first pass, wall time',
      ours: `${seconds(firstMs)} (${first.queued} reminders queued, digest ${first.digest})`,
      baseline,
      ratio: formatRatio(firstMs, rawMs),
      target: `< ${TARGET_MS / 1000} s`,
      verdict: verdict(firstMs < TARGET_MS && first.scanned === open),
    },
    {
      db: run.label,
      scenario,
      load: 'repeat pass, wall time',
      ours: `${seconds(againMs)} (${again.queued} queued)`,
      baseline,
      ratio: formatRatio(againMs, rawMs),
      target: `< ${TARGET_MS / 1000} s`,
      verdict: verdict(againMs < TARGET_MS && again.scanned === open),
    },
  ];
}
