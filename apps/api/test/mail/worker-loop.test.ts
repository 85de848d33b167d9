import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction';
import { enqueueMail } from '../../src/features/mail/enqueue-mail';
import { startWorker } from '../../src/worker/start-worker';
import { uniqueEmail } from '../support/mail-factories';
import { startMailTestApp } from '../support/mail-test-app';
import type { TestApp } from '../support/test-app';

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return check();
}

describe('worker loops', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startMailTestApp({ provider: 'sqlite', now: new Date('2026-03-02T09:00:00Z') });
  });
  afterAll(() => app.close());

  function queue(to: string) {
    return inTransaction(app.ctx.db, (tx) =>
      enqueueMail(tx, app.ctx, {
        template: 'handler_message',
        to,
        locale: 'fi',
        data: { reference: 'OIK-L', requestPath: '/r' },
      }),
    );
  }
  const delivered = (to: string) => app.ctx.db.prisma.localMail.count({ where: { toAddress: to } });

  it('while running, the loops send queued mail on their own; after stop() nothing more is sent and stop waits for the run in progress', async () => {
    const worker = startWorker(app.ctx, { outboxIntervalMs: 20, reminderIntervalMs: 60_000 });
    const first = uniqueEmail('loop');
    await queue(first);
    expect(await waitFor(async () => (await delivered(first)) === 1, 10_000)).toBe(true);

    expect(worker.pendingRuns).toBeGreaterThan(0);
    await worker.stop();
    // Nothing waits on a timer and nothing runs: no loop can send after this point
    // (checked directly instead of sleeping and seeing nothing happen).
    expect(worker.pendingRuns).toBe(0);
    const second = uniqueEmail('after-stop');
    await queue(second);
    expect(await delivered(second)).toBe(0);

    // runOnce still works for the CLI after the loops are gone.
    const once = startWorker(app.ctx, { isLooping: false });
    expect((await once.runOnce({ reminders: false })).outbox?.sent).toBe(1);
    await once.stop();
    expect(await delivered(second)).toBe(1);
  });
});
