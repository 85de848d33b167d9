import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction';
import { createSmtpTransport } from '../../src/features/mail/create-smtp-transport';
import { enqueueMail } from '../../src/features/mail/enqueue-mail';
import { outboxMessageId } from '../../src/features/mail/mail-transport';
import { startWorker } from '../../src/worker/start-worker';
import { uniqueEmail } from '../support/mail-factories';
import { startTestSmtpServer, type TestSmtpServer } from '../support/mail-smtp-server';
import {
  createMailTestDatabase,
  startMailTestApp,
  type MailTestDatabase,
} from '../support/mail-test-app';
import type { TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const MINUTE = 60_000;

describe.each(testProviders)('a worker killed mid-send on %s', (provider) => {
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
    await app.close();
    await database.drop();
    await smtp.stop();
  });

  async function runOutbox() {
    const worker = startWorker(app.ctx, { isLooping: false, workerId: 'survivor' });
    try {
      return (await worker.runOnce({ reminders: false })).outbox!;
    } finally {
      await worker.stop();
    }
  }

  /** What a worker leaves behind when it dies after claiming: 'sending', its lock, one attempt counted. */
  async function queueAndLeaveClaimed(to: string) {
    const { id } = await inTransaction(app.ctx.db, (tx) =>
      enqueueMail(tx, app.ctx, {
        template: 'sign_in_code',
        to,
        locale: 'en',
        data: {
          code: '123456',
          linkPath: '/sign-in/verify?token=t',
          expiresInMinutes: 10,
          purpose: 'sign_in',
        },
      }),
    );
    await app.ctx.db.prisma.outboxMessage.update({
      where: { id },
      data: {
        status: 'sending',
        lockedBy: 'dead-worker/1',
        lockedUntil: new Date(app.clock.now().getTime() + 5 * MINUTE),
        attempts: 1,
      },
    });
    return id;
  }

  it('when the dead worker had not sent yet, the mail goes out once after its lock expires, not before', async () => {
    const to = uniqueEmail('crash');
    const id = await queueAndLeaveClaimed(to);

    app.clock.advance(4 * MINUTE);
    expect((await runOutbox()).sent).toBe(0);
    expect(smtp.messagesTo(to)).toHaveLength(0);

    app.clock.advance(2 * MINUTE);
    expect((await runOutbox()).sent).toBe(1);
    expect(smtp.messagesTo(to)).toHaveLength(1);
    const row = await app.ctx.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'sent', attempts: 2, lockedBy: null });
  });

  it('when the dead worker had sent but not recorded it, the resend carries the same Message-ID so it is recognisable', async () => {
    const to = uniqueEmail('crash-sent');
    const id = await queueAndLeaveClaimed(to);
    const row = await app.ctx.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    // The dead worker's last act: the mail left, then the process died before marking it sent.
    const transport = createSmtpTransport(smtp.url);
    await transport.send({
      messageId: outboxMessageId(id),
      from: app.ctx.env.MAIL_FROM,
      replyTo: null,
      to,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody,
      locale: row.locale,
    });
    await transport.close();

    app.clock.advance(6 * MINUTE);
    expect((await runOutbox()).sent).toBe(1);
    const received = smtp.messagesTo(to);
    expect(received).toHaveLength(2);
    expect(new Set(received.map((m) => m.messageId))).toEqual(new Set([`<${id}@oikeus>`]));
    expect(
      (await app.ctx.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).status,
    ).toBe('sent');
  });
});
