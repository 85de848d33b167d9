// Runs autocannon in a worker thread, so the load generator does not share the
// event loop with the app it measures (the server runs on the main thread).
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import { summarise } from './latency-stats';

export interface HttpLoadJob {
  url: string;
  /** Paths cycled through in order, e.g. one request detail after another. */
  paths: string[];
  connections: number;
  durationSeconds: number;
  headers: Record<string, string>;
}

async function run(job: HttpLoadJob): Promise<void> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: job.connections,
        duration: job.durationSeconds,
        headers: job.headers,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => {
              const path = job.paths[next % job.paths.length] as string;
              next += 1;
              return { ...req, path };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error as Error) : resolve(done)),
    );
    // autocannon's own histogram has whole-millisecond buckets and no p95; keep every latency.
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else failures += 1;
    });
  });
  const elapsed = performance.now() - started;
  failures += result.errors + result.timeouts;
  parentPort?.postMessage(summarise(latencies, failures, elapsed));
}

void run(workerData as HttpLoadJob);
