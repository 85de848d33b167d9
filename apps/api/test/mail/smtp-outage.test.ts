import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction';
import { enqueueMail } from '../../src/features/mail/enqueue-mail';
import { getOutboxStatus } from '../../src/features/mail/get-outbox-status';
import { retryFailedMail } from '../../src/features/mail/retry-failed-mail';
import { startWorker } from '../../src/worker/start-worker';
import { createStaffUser, uniqueEmail } from '../support/mail-factories';
import { startTestSmtpServer, type TestSmtpServer } from '../support/mail-smtp-server';
import {
  createMailTestDatabase,
  startMailTestApp,
  type MailTestDatabase,
} from '../support/mail-test-app';
import type { TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const HOUR = 3_600_000;

describe.each(testProviders)('SMTP outages and refusals on %s', (provider) => {
  let smtp: TestSmtpServer;
  let database: MailTestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    database = await createMailTestDatabase(provider);
    app = await startMailTestApp({
      provider,
      now: new Date('2026-05-04T06:00:00Z'),
      databaseUrl: database.url,
      env: {
        MAIL_TRANSPORT: 'smtp',
        SMTP_URL: smtp.url,
        MAIL_MAX_ATTEMPTS: '2',
        MAIL_RETRY_BASE_SECONDS: '60',
        MAIL_RETRY_MAX_SECONDS: '600',
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    await smtp.stop();
  });

  async function runOutbox() {
    const worker = startWorker(app.ctx, {
      isLooping: false,
      workerId: 'outage-worker',
      random: () => 1,
    });
    try {
      return (await worker.runOnce({ reminders: false })).outbox!;
    } finally {
      await worker.stop();
    }
  }

  function queueMessages(addresses: string[]) {
    return inTransaction(app.ctx.db, async (tx) => {
      const ids: string[] = [];
      for (const to of addresses) {
        const mail = await enqueueMail(tx, app.ctx, {
          template: 'handler_message',
          to,
          locale: 'sv',
          data: { reference: 'OIK-2026-00007', requestPath: '/requests/q' },
        });
        ids.push(mail.id);
      }
      return ids;
    });
  }

  it('when the SMTP server refuses connections for hours and then recovers, every message arrives exactly once', async () => {
    const addresses = Array.from({ length: 5 }, () => uniqueEmail('outage'));
    const ids = await queueMessages(addresses);

    await smtp.refuseConnections();
    const first = await runOutbox();
    // One real attempt per sending lane; once the server is known to be down, the rest of
    // the batch is put back untouched instead of timing out one by one.
    expect(first).toMatchObject({ sent: 0, failed: 0 });
    expect(first.retried + first.released).toBe(5);
    expect(first.released).toBeGreaterThan(0);
    const afterFirst = await app.ctx.db.prisma.outboxMessage.findMany({
      where: { id: { in: ids } },
    });
    for (const row of afterFirst) {
      expect(row.status).toBe('pending');
      expect(row.nextAttemptAt.getTime()).toBe(app.clock.now().getTime() + 60_000);
      expect(row.lockedBy).toBeNull();
    }
    const tried = afterFirst.filter((row) => row.attempts === 1);
    expect(tried).toHaveLength(first.retried);
    expect(afterFirst.filter((row) => row.attempts === 0)).toHaveLength(first.released);
    for (const row of tried) {
      expect(row.lastError).toMatch(/^E[A-Z]+: /);
      expect(row.lastError).not.toContain('@');
    }

    // Not due yet: nothing is tried before the backoff has passed.
    expect(await runOutbox()).toMatchObject({ sent: 0, retried: 0, released: 0 });

    // The outage lasts many more rounds than MAIL_MAX_ATTEMPTS: mail is delayed, never given up.
    for (let round = 0; round < 4; round += 1) {
      app.clock.advance(HOUR);
      const result = await runOutbox();
      expect(result.sent).toBe(0);
      expect(result.failed).toBe(0);
    }
    expect(
      await app.ctx.db.prisma.outboxMessage.count({
        where: { id: { in: ids }, status: 'pending' },
      }),
    ).toBe(5);

    await smtp.acceptConnections();
    app.clock.advance(HOUR);
    expect((await runOutbox()).sent).toBe(5);
    expect(await runOutbox()).toMatchObject({ sent: 0, retried: 0 });

    for (const [i, address] of addresses.entries()) {
      const received = smtp.messagesTo(address);
      expect(received).toHaveLength(1);
      expect(received[0]?.messageId).toBe(`<${ids[i]}@oikeus>`);
    }
    const rows = await app.ctx.db.prisma.outboxMessage.findMany({ where: { id: { in: ids } } });
    expect(rows.every((row) => row.status === 'sent' && row.sentAt !== null)).toBe(true);
  });

  it('when the server rejects a recipient permanently, the mail is marked failed after MAIL_MAX_ATTEMPTS, shown to admins and can be requeued', async () => {
    const to = uniqueEmail('rejected');
    smtp.rejectedRecipients.add(to);
    const [id] = await queueMessages([to]);

    expect(await runOutbox()).toMatchObject({ retried: 1, failed: 0 });
    app.clock.advance(HOUR);
    expect(await runOutbox()).toMatchObject({ retried: 0, failed: 1 });

    const row = await app.ctx.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({ status: 'failed', attempts: 2 });
    expect(row.lastError).toContain('550');
    expect(row.lastError).not.toContain(to);

    const status = await getOutboxStatus(app.ctx);
    expect(status.failed).toBeGreaterThanOrEqual(1);
    expect(status.failedMessages.map((m) => m.id)).toContain(id);

    // A failed message is never picked up again on its own.
    app.clock.advance(HOUR);
    await runOutbox();
    expect(
      (await app.ctx.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: id! } })).status,
    ).toBe('failed');

    smtp.rejectedRecipients.delete(to);
    const admin = await createStaffUser(app.ctx, { role: 'admin' });
    await retryFailedMail(app.ctx, { outboxId: id!, staffId: admin.id });
    expect((await runOutbox()).sent).toBe(1);
    expect(smtp.messagesTo(to)).toHaveLength(1);
    const audit = await app.ctx.db.prisma.auditEntry.findFirst({
      where: { recordId: id!, action: 'mail.retry_failed' },
    });
    expect(audit?.actorId).toBe(admin.id);
  });
});
