import { Worker } from 'node:worker_threads';
import { summarise, type LoadResult } from './latency-stats';

export interface HttpLoadJob {
  url: string;
  /** Paths cycled through in order, e.g. one request detail after another. */
  paths: string[];
  connections: number;
  durationSeconds: number;
  headers: Record<string, string>;
}

interface HttpLoadReply {
  latencies: Float64Array;
  failures: number;
  elapsedMs: number;
}

/** Loads the running app over real HTTP with autocannon in a worker thread (http-load-worker.mjs). */
export function runHttpLoad(job: HttpLoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./http-load-worker.mjs', import.meta.url), {
      workerData: job,
    });
    worker.once('message', (reply: HttpLoadReply) => {
      resolve(summarise(reply.latencies, reply.failures, reply.elapsedMs));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Fails fast when a path does not answer 200 (a broken scenario must not be measured as fast). */
export async function checkPaths(
  url: string,
  paths: string[],
  headers: Record<string, string>,
  isValid: (body: unknown) => boolean,
): Promise<void> {
  for (const path of new Set(paths)) {
    const res = await fetch(`${url}${path}`, { headers });
    const text = await res.text();
    if (res.status !== 200)
      throw new Error(`GET ${path} answered ${res.status}: ${text.slice(0, 300)}`);
    if (!isValid(JSON.parse(text)))
      throw new Error(`GET ${path} answered an unexpected body: ${text.slice(0, 300)}`);
  }
}
