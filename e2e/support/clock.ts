import type { APIRequestContext } from '@playwright/test';

/** Moves the running app's clock (TEST_CLOCK); the worker passes the mailbox runs use the same clock. */
export async function setAppClock(request: APIRequestContext, now: Date): Promise<void> {
  const res = await request.post('/api/test/clock', {
    data: { now: now.toISOString() },
    headers: { 'x-requested-with': 'oikeus' },
  });
  if (!res.ok()) throw new Error(`Could not set the app clock: ${res.status()}`);
}
