import { setImmediate as nextTurn } from 'node:timers/promises';
import { summarise, type LoadResult } from './latency-stats';

/**
 * The baseline's load: `connections` clients each run `task` back to back for
 * `durationSeconds`, like autocannon's connections. Each call first yields to
 * the event loop, so with a synchronous driver (better-sqlite3) the clients
 * queue behind each other as HTTP requests queue in the server, and latency
 * includes that wait, as autocannon's does.
 */
export async function runClosedLoop(options: {
  connections: number;
  durationSeconds: number;
  task: (i: number) => Promise<unknown>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let calls = 0;
  let failure: unknown;
  const started = performance.now();
  const end = started + options.durationSeconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await nextTurn();
      try {
        await options.task(calls++);
        latencies.push(performance.now() - t0);
      } catch (error) {
        failures += 1;
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  if (failure && latencies.length === 0) throw failure;
  return summarise(latencies, failures, performance.now() - started);
}
