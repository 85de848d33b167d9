// Runs autocannon in a worker thread, so the load generator does not share the
// event loop with the app it measures (the server runs on the main thread).
// Plain JavaScript: tsx's loader is not reliably active inside worker threads
// on Node 20. Job and reply shapes: HttpLoadJob / HttpLoadReply in http-load.ts.
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

const job = workerData;
const latencies = [];
let failures = 0;
let next = 0;
const started = performance.now();

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
          const path = job.paths[next % job.paths.length];
          next += 1;
          return { ...req, path };
        },
      },
    ],
  },
  (error, result) => {
    if (error) throw error;
    const elapsedMs = performance.now() - started;
    const data = Float64Array.from(latencies);
    parentPort.postMessage(
      { latencies: data, failures: failures + result.errors + result.timeouts, elapsedMs },
      [data.buffer],
    );
  },
);
// autocannon's own histogram has whole-millisecond buckets and no p95; keep every latency.
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  else failures += 1;
});
