// Issue #11, found by postgres-outage.test.ts: the database failing in the
// moment between "the SMTP server accepted the mail" and "the outbox row is
// marked sent" (a terminated connection, a restart). That is no SMTP failure:
// the mail must not be re-queued as unsent (it would go again after the retry
// delay, with an attempt counted) nor make the worker believe the SMTP server
// is down (which postpones the rest of the batch). The row keeps its lock and
// goes once more only after the lock expires — the outbox's documented
// at-least-once delivery, with the same Message-ID.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction';
import { createSmtpTransport } from '../../src/features/mail/create-smtp-transport';
import { enqueueMail } from '../../src/features/mail/enqueue-mail';
import type { MailTransport } from '../../src/features/mail/mail-transport';
import { startWorker } from '../../src/worker/start-worker';
import { failEveryWrite, type InjectedFault } from '../support/faults-inject-trigger';
import { uniqueEmail } from '../support/mail-factories';
import { startTestSmtpServer, type TestSmtpServer } from '../support/mail-smtp-server';
import {
  createMailTestDatabase,
  startMailTestApp,
  type MailTestDatabase,
} from '../support/mail-test-app';
import type { TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

describe.each(testProviders)('the outbox when recording a sent mail fails on %s', (provider) => {
  let smtp: TestSmtpServer;
  let database: MailTestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    database = await createMailTestDatabase(provider);
    app = await startMailTestApp({
      provider,
      now: new Date('2026-06-01T07:00:00Z'),
      databaseUrl: database.url,
      env: { MAIL_TRANSPORT: 'smtp', SMTP_URL: smtp.url, MAIL_LOCK_SECONDS: '300' },
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await smtp?.stop();
  });

  it('when the database fails after the server accepted the mail, the mail is not re-queued as unsent and goes again only after its lock expires', async () => {
    const addresses = [uniqueEmail('recorded'), uniqueEmail('recorded')];
    const ids = await inTransaction(app.ctx.db, async (tx) => {
      const queued: string[] = [];
      for (const to of addresses) {
        const mail = await enqueueMail(tx, app.ctx, {
          template: 'handler_message',
          to,
          locale: 'fi',
          data: { reference: 'OIK-2026-00009', requestPath: '/requests/q' },
        });
        queued.push(mail.id);
      }
      return queued;
    });
    // The real SMTP transport; right after the server has accepted the first mail, the
    // database starts refusing to mark mail sent (and only that: the worker's other
    // writes succeed, as after a single terminated connection).
    const smtpTransport = createSmtpTransport(smtp.url);
    let fault: Promise<InjectedFault> | null = null;
    const transport: MailTransport = {
      async send(mail) {
        const sent = await smtpTransport.send(mail);
        fault ??= failEveryWrite(app.ctx, 'OutboxMessage', 'UPDATE', {
          when: `NEW."status" = 'sent'`,
        });
        await fault;
        return sent;
      },
      close: () => smtpTransport.close(),
    };
    const worker = startWorker(app.ctx, { isLooping: false, workerId: 'recorder', transport });
    try {
      // The worker's run fails loudly (logged by the loop) instead of blaming SMTP.
      await expect(worker.runOnce({ reminders: false })).rejects.toThrow();
      await (await (fault as Promise<InjectedFault> | null))?.remove();

      const rows = await app.ctx.db.prisma.outboxMessage.findMany({ where: { id: { in: ids } } });
      const delivered = new Set(smtp.messages.map((m) => m.messageId));
      expect(delivered.size).toBeGreaterThan(0);
      for (const row of rows) {
        // Still claimed by the worker: not 'pending' again, no error recorded against SMTP.
        expect(row).toMatchObject({ status: 'sending', attempts: 1, lastError: null });
      }

      // Before the lock expires nothing goes again...
      expect((await worker.runOnce({ reminders: false })).outbox).toMatchObject({
        sent: 0,
        retried: 0,
        released: 0,
      });
      // ...after it, each message goes once more: twice in all if it had left, else once.
      app.clock.advance(301_000);
      expect((await worker.runOnce({ reminders: false })).outbox!.sent).toBe(ids.length);
      for (const id of ids) {
        const messageId = `<${id}@oikeus>`;
        const arrivals = smtp.messages.filter((m) => m.messageId === messageId).length;
        expect(arrivals).toBe(delivered.has(messageId) ? 2 : 1);
      }
    } finally {
      await worker.stop();
      await transport.close();
    }
  });
});
