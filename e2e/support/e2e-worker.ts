// Stand-in worker process for the journeys. The API's `start` does not yet run
// the worker although RUN_WORKER=true (reported as a product bug), so no mail
// would ever leave the outbox. This runs the app's own worker (startWorker)
// against the e2e database, with a clock the journeys move together with the
// app's (POST /clock), and POST /tick to run the reminder scan and outbox now.
// Run through tsx from apps/api: `pnpm --filter @oikeus/api exec tsx ../../e2e/support/e2e-worker.ts`.
import { createServer } from 'node:http';
import { createContext } from '../../apps/api/src/bootstrap';
import { ShiftableClock } from '../../apps/api/src/clock';
import { loadEnv } from '../../apps/api/src/config/env';
import { startWorker } from '../../apps/api/src/worker/start-worker';

const port = Number(process.env.E2E_WORKER_PORT ?? 2627);
const appUrl = process.env.PUBLIC_URL ?? 'http://127.0.0.1:3210';

async function waitForApp(): Promise<void> {
  // The API migrates and seeds the database; the worker must not race it.
  for (;;) {
    try {
      if ((await fetch(`${appUrl}/readyz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function main(): Promise<void> {
  await waitForApp();
  const clock = new ShiftableClock();
  const ctx = await createContext(loadEnv(), { clock });
  const worker = startWorker(ctx, { outboxIntervalMs: 500 });
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      void (async () => {
        try {
          if (req.method === 'POST' && req.url === '/clock') {
            clock.setNow(new Date((JSON.parse(body) as { now: string }).now));
          } else if (req.method === 'POST' && req.url === '/tick') {
            await worker.runOnce();
          } else if (req.url !== '/ready') {
            res.statusCode = 404;
          }
          res.end('{}');
        } catch (error) {
          res.statusCode = 500;
          res.end(String(error));
        }
      })();
    });
  });
  server.listen(port, '127.0.0.1');
  const stop = () => void worker.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
