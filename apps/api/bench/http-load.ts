import { Worker } from 'node:worker_threads';
import type { HttpLoadJob } from './http-load-worker';
import type { LoadResult } from './latency-stats';

/** Loads the running app over real HTTP from a worker thread (see http-load-worker.ts). */
export function runHttpLoad(job: HttpLoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // Worker threads do not inherit tsx's loader hooks; register them again.
    const worker = new Worker(new URL('./http-load-worker.ts', import.meta.url), {
      workerData: job,
      execArgv: ['--import', 'tsx'],
    });
    worker.once('message', (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0 && code !== 1) reject(new Error(`load worker exited with ${code}`));
    });
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
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${text.slice(0, 300)}`);
    if (!isValid(JSON.parse(text))) throw new Error(`GET ${path} answered an unexpected body: ${text.slice(0, 300)}`);
  }
}
