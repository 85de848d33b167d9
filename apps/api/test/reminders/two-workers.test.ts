import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../../src/worker/start-worker';
import { createRightsRequests, createStaffUser } from '../support/mail-factories';
import { startTestSmtpServer, type TestSmtpServer } from '../support/mail-smtp-server';
import {
  createMailTestDatabase,
  startMailTestApp,
  type MailTestDatabase,
} from '../support/mail-test-app';
import type { TestApp } from '../support/test-app';
import { isPostgresTested } from '../support/test-database';

// Received Thursday 13 August 2026 → one month is Sunday 13 September → due
// Monday 14 September. On Friday 11 September each request has exactly one
// reminder due: 1 working day before the deadline.
const RECEIVED = new Date('2026-08-13T09:00:00Z');
const TODAY = new Date('2026-09-11T06:00:00Z');
const REQUESTS = 1000;

// PostgreSQL only: several workers on one database is the production set-up
// (DESIGN.md "M workers against PostgreSQL"). Two SQLite connections in one
// process cannot share a file: better-sqlite3 waits for a lock synchronously,
// blocking the very event loop the lock holder needs to commit.
describe.skipIf(!isPostgresTested)('two workers over 1 000 due reminders on postgresql', () => {
  const provider = 'postgresql' as const;
  let smtp: TestSmtpServer;
  let database: MailTestDatabase;
  let appA: TestApp;
  let appB: TestApp;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    database = await createMailTestDatabase(provider);
    const env = { MAIL_TRANSPORT: 'smtp', SMTP_URL: smtp.url };
    appA = await startMailTestApp({ provider, now: TODAY, databaseUrl: database.url, env });
    // The second worker has its own context and database client on the same database.
    appB = await startMailTestApp({
      provider,
      now: TODAY,
      databaseUrl: appA.ctx.env.DATABASE_URL,
      env,
    });
  });
  afterAll(async () => {
    await appA.close();
    await appB.close();
    await database.drop();
    await smtp.stop();
  });

  it(
    `when both scan and send at once, each of ${REQUESTS} reminders is queued once and arrives once`,
    { timeout: 120_000 },
    async () => {
      const handlers = await Promise.all([1, 2, 3, 4].map(() => createStaffUser(appA.ctx)));
      const requestIds: string[] = [];
      for (const handler of handlers) {
        requestIds.push(
          ...(await createRightsRequests(appA.ctx, REQUESTS / handlers.length, {
            receivedAt: RECEIVED,
            assigneeId: handler.id,
          })),
        );
      }

      const workerA = startWorker(appA.ctx, { isLooping: false, workerId: 'worker-a' });
      const workerB = startWorker(appB.ctx, { isLooping: false, workerId: 'worker-b' });
      const [scanA, scanB] = await Promise.all([
        workerA.runOnce({ outbox: false }),
        workerB.runOnce({ outbox: false }),
      ]);
      const a = scanA.reminders!;
      const b = scanB.reminders!;
      expect(a.scanned).toBe(REQUESTS);
      expect(b.scanned).toBe(REQUESTS);
      expect(a.queued + b.queued).toBe(REQUESTS);
      expect([a.digest, b.digest].sort()).toEqual(['already_queued', 'queued']);

      const reminders = await appA.ctx.db.prisma.reminder.findMany({
        where: { requestId: { in: requestIds } },
      });
      expect(reminders).toHaveLength(REQUESTS);
      expect(new Set(reminders.map((r) => r.requestId)).size).toBe(REQUESTS);
      expect(reminders.every((r) => r.kind === 'before_due' && r.dueDate === '2026-09-11')).toBe(
        true,
      );
      expect(
        await appA.ctx.db.prisma.outboxMessage.count({ where: { requestId: { in: requestIds } } }),
      ).toBe(REQUESTS);

      const [sendA, sendB] = await Promise.all([
        workerA.runOnce({ reminders: false }),
        workerB.runOnce({ reminders: false }),
      ]);
      // Each worker's call sends up to 20 batches of 50; run again until the queue is empty.
      let sent = sendA.outbox!.sent + sendB.outbox!.sent;
      for (;;) {
        const [more, more2] = await Promise.all([
          workerA.runOnce({ reminders: false }),
          workerB.runOnce({ reminders: false }),
        ]);
        const extra = more.outbox!.sent + more2.outbox!.sent;
        if (extra === 0) break;
        sent += extra;
      }
      await Promise.all([workerA.stop(), workerB.stop()]);

      // 1 000 reminders plus the contact person's digest.
      expect(sent).toBe(REQUESTS + 1);
      expect(sendA.outbox!.sent).toBeGreaterThan(0);
      expect(sendB.outbox!.sent).toBeGreaterThan(0);
      expect(smtp.messages).toHaveLength(REQUESTS + 1);
      expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(REQUESTS + 1);
      for (const handler of handlers)
        expect(smtp.messagesTo(handler.email)).toHaveLength(REQUESTS / handlers.length);
      expect(smtp.messagesTo('niina@inope.fi')).toHaveLength(1);
    },
  );
});
