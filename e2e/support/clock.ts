import type { APIRequestContext } from '@playwright/test';
import { workerPort } from '../playwright.config';

/** Moves the running app's clock (TEST_CLOCK) — reminders and deadlines follow it. */
export async function setAppClock(request: APIRequestContext, now: Date): Promise<void> {
  const res = await request.post('/api/test/clock', {
    data: { now: now.toISOString() },
    headers: { 'x-requested-with': 'oikeus' },
  });
  if (!res.ok()) throw new Error(`Could not set the app clock: ${res.status()}`);
  // The stand-in worker process (support/e2e-worker.ts) keeps its own clock in step.
  const worker = await fetch(`http://127.0.0.1:${workerPort}/clock`, {
    method: 'POST',
    body: JSON.stringify({ now: now.toISOString() }),
  });
  if (!worker.ok) throw new Error(`Could not set the worker clock: ${worker.status}`);
}

/** Runs the worker's reminder scan and outbox once, now, instead of waiting for its timers. */
export async function runWorkerNow(): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${workerPort}/tick`, { method: 'POST' });
  if (!res.ok) throw new Error(`Worker run failed: ${res.status} ${await res.text()}`);
}
