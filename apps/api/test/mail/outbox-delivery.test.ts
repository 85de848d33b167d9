import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction';
import { enqueueMail } from '../../src/features/mail/enqueue-mail';
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

describe.each(testProviders)('outbox delivery over SMTP on %s', (provider) => {
  let smtp: TestSmtpServer;
  let database: MailTestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    database = await createMailTestDatabase(provider);
    app = await startMailTestApp({
      provider,
      now: new Date('2026-03-05T10:00:00Z'),
      databaseUrl: database.url,
      env: {
        MAIL_TRANSPORT: 'smtp',
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Inope Oy <tietosuoja@inope.fi>',
        PUBLIC_URL: 'https://oikeus.inope.fi',
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    await smtp.stop();
  });

  async function sendAll() {
    const worker = startWorker(app.ctx, { isLooping: false, workerId: 'test-worker' });
    try {
      return await worker.runOnce({ reminders: false });
    } finally {
      await worker.stop();
    }
  }

  it.each([
    [
      'fi',
      'Pyyntösi OIK-2026-00042 on vastaanotettu',
      'Vastaamme viimeistään',
      'tiistaina 7. huhtikuuta 2026',
    ],
    ['sv', 'Din begäran OIK-2026-00042 har tagits emot', 'Vi svarar senast', 'tisdag 7 april 2026'],
    [
      'en',
      'Your request OIK-2026-00042 has been received',
      'We will answer by',
      'Tuesday, 7 April 2026',
    ],
  ])(
    'an acknowledgement queued in %s arrives once, in that language, with sender, Reply-To, Message-ID and link',
    async (locale, subject, label, date) => {
      const to = uniqueEmail(`ack-${locale}`);
      const queued = await inTransaction(app.ctx.db, (tx) =>
        enqueueMail(tx, app.ctx, {
          template: 'acknowledgement',
          to,
          locale,
          data: {
            reference: 'OIK-2026-00042',
            requestType: 'access',
            receivedAt: app.clock.now(),
            dueDate: '2026-04-07',
            requestPath: '/requests/abc',
          },
        }),
      );
      const row = await app.ctx.db.prisma.outboxMessage.findUniqueOrThrow({
        where: { id: queued.id },
      });
      expect(row).toMatchObject({ status: 'pending', attempts: 0, locale });
      expect(row.nextAttemptAt.toISOString()).toBe('2026-03-05T10:00:00.000Z');

      const result = await sendAll();
      expect(result.outbox?.sent).toBeGreaterThanOrEqual(1);

      const received = smtp.messagesTo(to);
      expect(received).toHaveLength(1);
      const mail = received[0]!.parsed;
      expect(mail.subject).toBe(subject);
      expect(mail.from?.value[0]).toMatchObject({
        address: 'tietosuoja@inope.fi',
        name: 'Inope Oy',
      });
      // The contact person from the register description answers replies.
      expect(mail.replyTo?.value[0]?.address).toBe('niina@inope.fi');
      expect(mail.messageId).toBe(`<${queued.id}@oikeus>`);
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
      expect(mail.headers.get('content-language')).toBe(locale);
      expect(mail.text).toContain(`${label}: ${date}`);
      expect(mail.text).toContain('https://oikeus.inope.fi/requests/abc');
      expect(mail.html).toContain('href="https://oikeus.inope.fi/requests/abc"');
      expect(mail.html).toContain(`lang="${locale}"`);

      const sent = await app.ctx.db.prisma.outboxMessage.findUniqueOrThrow({
        where: { id: queued.id },
      });
      expect(sent).toMatchObject({
        status: 'sent',
        lockedBy: null,
        lockedUntil: null,
        lastError: null,
        attempts: 1,
      });
      expect(sent.sentAt?.toISOString()).toBe('2026-03-05T10:00:00.000Z');
      expect(sent.providerId).toMatch(/^250/);
    },
  );

  it('when the transaction that queued a mail rolls back, no mail is queued or sent', async () => {
    const to = uniqueEmail('rollback');
    await expect(
      inTransaction(app.ctx.db, async (tx) => {
        await enqueueMail(tx, app.ctx, {
          template: 'handler_message',
          to,
          locale: 'fi',
          data: { reference: 'OIK-1', requestPath: '/requests/x' },
        });
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await app.ctx.db.prisma.outboxMessage.count({ where: { toAddress: to } })).toBe(0);
    await sendAll();
    expect(smtp.messagesTo(to)).toHaveLength(0);
  });

  it('when a producer queues the same dedupe key twice, one mail is queued and sent', async () => {
    const to = uniqueEmail('dedupe');
    const dedupeKey = `test:${to}`;
    const queue = () =>
      inTransaction(app.ctx.db, (tx) =>
        enqueueMail(tx, app.ctx, {
          template: 'handler_message',
          to,
          locale: 'en',
          data: { reference: 'OIK-2', requestPath: '/requests/y' },
          dedupeKey,
        }),
      );
    const first = await queue();
    const second = await queue();
    expect(first.isDuplicate).toBe(false);
    expect(second).toEqual({ id: first.id, isDuplicate: true });
    await sendAll();
    expect(smtp.messagesTo(to)).toHaveLength(1);
  });

  it('staff reminders carry no Reply-To (they are not a conversation with the subject)', async () => {
    const to = uniqueEmail('staff');
    await inTransaction(app.ctx.db, (tx) =>
      enqueueMail(tx, app.ctx, {
        template: 'reminder_overdue',
        to,
        locale: null,
        data: {
          reference: 'OIK-3',
          requestType: 'erasure',
          dueDate: '2026-03-04',
          workingDaysOverdue: 1,
          consolePath: '/console/requests/z',
        },
      }),
    );
    await sendAll();
    const [received] = smtp.messagesTo(to);
    expect(received?.parsed.replyTo).toBeUndefined();
    expect(received?.parsed.subject).toBe('Myöhässä: pyyntö OIK-3 (määräaika ke 4.3.2026)');
    expect(received?.parsed.text).toContain('https://oikeus.inope.fi/console/requests/z');
  });
});
