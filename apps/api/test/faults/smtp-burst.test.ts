// Issue #11 "SMTP down during a burst": subjects sign up and submit requests
// over HTTP while the mail server first hangs up on every session and then
// refuses connections outright. Nothing waits on SMTP: every request is
// accepted. When the server comes back every queued email (sign-up codes and
// Art. 12(3) acknowledgements) arrives exactly once, every request and its
// audit entry exist exactly once, and the audit chain verifies.
// test/mail/smtp-outage.test.ts covers the outbox mechanics (backoff, refusals
// counting towards MAIL_MAX_ATTEMPTS); this drives the whole app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../../src/worker/start-worker';
import { expectAuditChainIntact, expectEachOnce } from '../support/faults-checks';
import { startTcpFaultProxy, type TcpFaultProxy } from '../support/faults-tcp-proxy';
import { startTestSmtpServer, type TestSmtpServer } from '../support/mail-smtp-server';
import {
  createMailTestDatabase,
  startMailTestApp,
  type MailTestDatabase,
} from '../support/mail-test-app';
import { sampleRequestInputs, submitRequestAs } from '../support/portal-requests';
import { signUpSubject, type PortalSubject } from '../support/portal-sign-in';
import type { TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const HOUR = 3_600_000;
const SUBJECTS = 12;
const REQUESTS_EACH = 2;

describe.each(testProviders)('a burst of requests while SMTP is down on %s', (provider) => {
  let smtp: TestSmtpServer;
  let proxy: TcpFaultProxy;
  let database: MailTestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    proxy = await startTcpFaultProxy({ host: '127.0.0.1', port: smtp.port });
    database = await createMailTestDatabase(provider);
    app = await startMailTestApp({
      provider,
      now: new Date('2026-05-04T06:00:00Z'),
      databaseUrl: database.url,
      env: {
        MAIL_TRANSPORT: 'smtp',
        SMTP_URL: `smtp://${proxy.host}:${proxy.port}`,
        // Far fewer than the rounds of the outage: an outage must never give mail up.
        MAIL_MAX_ATTEMPTS: '2',
        MAIL_RETRY_BASE_SECONDS: '60',
        MAIL_RETRY_MAX_SECONDS: '600',
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await proxy?.stop();
    await smtp?.stop();
  });

  async function runOutbox() {
    const worker = startWorker(app.ctx, { isLooping: false, workerId: 'burst-worker' });
    try {
      return (await worker.runOnce({ reminders: false })).outbox!;
    } finally {
      await worker.stop();
    }
  }

  it(
    `when ${SUBJECTS * REQUESTS_EACH} requests come in during the outage, every request, audit entry and email exists exactly once afterwards`,
    { timeout: 90_000 },
    async () => {
      await proxy.hangUp();

      // The burst: sign-ups and submissions at once; none of them waits on the mail server.
      const subjects: PortalSubject[] = await Promise.all(
        Array.from({ length: SUBJECTS }, () => signUpSubject(app, { locale: 'en' })),
      );
      const submitted = await Promise.all(
        subjects.flatMap((subject) =>
          Array.from({ length: REQUESTS_EACH }, (_, i) =>
            submitRequestAs(
              app,
              subject,
              i === 0 ? sampleRequestInputs.access : sampleRequestInputs.portability,
            ).then((request) => ({ subject, request })),
          ),
        ),
      );
      const requestIds = submitted.map((s) => s.request.id);

      // Sessions hung up on, then connections refused: mail waits, nothing is given up.
      // More rounds than MAIL_MAX_ATTEMPTS. (A hang-up round is slow: the SMTP pool retries.)
      for (const [outage, rounds] of [
        ['hang_up', 1],
        ['refuse', 3],
      ] as const) {
        if (outage === 'refuse') await proxy.refuse();
        for (let round = 0; round < rounds; round += 1) {
          const result = await runOutbox();
          expect(result).toMatchObject({ sent: 0, failed: 0 });
          app.clock.advance(HOUR);
        }
      }
      expect(proxy.accepted()).toBeGreaterThan(0); // the hang-ups really were tried
      expect(smtp.messages).toHaveLength(0);
      const queued = await app.ctx.db.prisma.outboxMessage.findMany();
      expect(queued.every((m) => m.status === 'pending' && m.lockedBy === null)).toBe(true);
      // A sign-up code, and per request an acknowledgement and the contact person's new-request mail.
      expect(queued).toHaveLength(SUBJECTS + 2 * SUBJECTS * REQUESTS_EACH);

      await proxy.restore();
      app.clock.advance(HOUR);
      let sent = 0;
      for (;;) {
        const result = await runOutbox();
        expect(result.failed).toBe(0);
        if (result.sent === 0 && result.retried === 0 && result.released === 0) break;
        sent += result.sent;
      }
      expect(sent).toBe(queued.length);

      // Every email exactly once, recognisable by its outbox id.
      expectEachOnce(
        smtp.messages.map((m) => m.messageId),
        queued.map((m) => `<${m.id}@oikeus>`),
      );
      const rows = await app.ctx.db.prisma.outboxMessage.findMany();
      expect(rows.every((m) => m.status === 'sent' && m.sentAt !== null)).toBe(true);
      for (const { subject } of submitted) {
        expect(smtp.messagesTo(subject.email)).toHaveLength(1 + REQUESTS_EACH);
      }

      // Every request and its audit entry exactly once.
      const requests = await app.ctx.db.prisma.rightsRequest.findMany();
      expectEachOnce(
        requests.map((r) => r.id),
        requestIds,
      );
      const audit = await app.ctx.db.prisma.auditEntry.findMany({
        where: { action: 'request.submitted' },
      });
      expectEachOnce(
        audit.map((a) => a.requestId ?? ''),
        requestIds,
      );
      const signUps = await app.ctx.db.prisma.auditEntry.count({
        where: { action: 'subject.signed_up' },
      });
      expect(signUps).toBe(SUBJECTS);
      await expectAuditChainIntact(app.ctx);
    },
  );
});
