// Issue #11 "several processes": two API processes (`src/main.ts`, as
// deployed) and two worker processes on one PostgreSQL database under
// concurrent load (DESIGN.md: N API processes and M workers).
// - Reminders: each due reminder is queued once although both workers scan.
// - Mail: every queued email is delivered exactly once although both send.
// - Requests submitted through either API exist once, with their audit entry.
// - Lost updates: two handlers on different API processes change the same
//   request with the same version at once: exactly one wins, the other gets
//   409 CONFLICT with the "someone else changed this" message.
// The API processes run with TEST_CLOCK (their clock is set over HTTP); the
// workers run the real worker loop on an injected clock (faults-worker-child.ts).
import { errorMessages } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killAllChildren, spawnAppChild, type AppChild } from '../support/faults-child-process';
import { expectAuditChainIntact, expectEachOnce } from '../support/faults-checks';
import { callConsole, signInStaff } from '../support/console-sign-in';
import {
  createRightsRequest,
  createRightsRequests,
  createStaffUser,
} from '../support/mail-factories';
import { createPrivatePostgres, type PrivatePostgres } from '../support/mail-private-postgres';
import { startTestSmtpServer, type TestSmtpServer } from '../support/mail-smtp-server';
import { startMailTestApp } from '../support/mail-test-app';
import { sampleRequestInputs, submitRequestAs } from '../support/portal-requests';
import { signUpSubject } from '../support/portal-sign-in';
import type { TestApp } from '../support/test-app';
import { isPostgresTested } from '../support/test-database';

// Received Thursday 13 August 2026 → due Monday 14 September; on Friday
// 11 September each such request has exactly one reminder due (see
// test/reminders/two-workers.test.ts).
const RECEIVED = new Date('2026-08-13T09:00:00Z');
const TODAY = new Date('2026-09-11T06:00:00Z');
const DUE_REQUESTS = 200;
const SUBJECTS = 6;
const CONTESTED = 12;

describe.skipIf(!isPostgresTested)(
  'two API processes and two workers on one postgresql database',
  { timeout: 150_000 },
  () => {
    let database: PrivatePostgres;
    let smtp: TestSmtpServer;
    let app: TestApp;
    const apis: Array<{ child: AppChild; app: TestApp }> = [];
    const workers: AppChild[] = [];

    beforeAll(async () => {
      database = await createPrivatePostgres();
      smtp = await startTestSmtpServer();
      const mailEnv = { MAIL_TRANSPORT: 'smtp', SMTP_URL: smtp.url };
      // In-process: migrates the database first (so the children do not race to), seeds and reads.
      app = await startMailTestApp({
        provider: 'postgresql',
        now: TODAY,
        databaseUrl: database.url,
        env: mailEnv,
      });
      const env = { DATABASE_URL: database.url, ...mailEnv };
      const apiChildren = [1, 2].map(() =>
        spawnAppChild('src/main.ts', [], {
          ...env,
          PORT: '0',
          TEST_CLOCK: 'true',
          RUN_WORKER: 'false',
        }),
      );
      for (const child of apiChildren) {
        const [, url] = await child.waitForOutput(
          /"url":"(http:\/\/[^"]+)".*Oikeus is listening/,
          60_000,
        );
        const res = await fetch(`${url}/api/test/clock`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-requested-with': 'oikeus' },
          body: JSON.stringify({ now: TODAY.toISOString() }),
        });
        expect(res.status).toBe(200);
        // The same database and secret: the in-process app's helpers work against the child's URL.
        apis.push({ child, app: { ...app, url: url! } });
      }
    });
    afterAll(async () => {
      await killAllChildren();
      await app?.close();
      await smtp?.stop();
      await database?.drop();
    });

    it('under concurrent load nothing is queued, sent or written twice and no update is lost', async () => {
      const prisma = app.ctx.db.prisma;
      const [api1, api2] = [apis[0]!.app, apis[1]!.app];
      // Staff exist before the workers start (a scan reads the staff directory once).
      const handlers = await Promise.all([1, 2, 3, 4].map(() => createStaffUser(app.ctx)));
      // Both workers first, so both are polling when the work appears: they scan and
      // send while the APIs take load.
      // An hour ahead of the APIs' clocks (still 11 September): what they queue is due at once.
      const workerNow = new Date(TODAY.getTime() + 3_600_000).toISOString();
      for (const id of ['worker-1', 'worker-2']) {
        workers.push(
          spawnAppChild('test/support/faults-worker-child.ts', [workerNow, id], {
            DATABASE_URL: database.url,
            MAIL_TRANSPORT: 'smtp',
            SMTP_URL: smtp.url,
            LOG_LEVEL: 'warn',
          }),
        );
      }
      await Promise.all(workers.map((w) => w.waitForOutput(/worker-child ready/, 60_000)));
      const dueIds: string[] = [];
      for (const handler of handlers) {
        dueIds.push(
          ...(await createRightsRequests(app.ctx, DUE_REQUESTS / handlers.length, {
            receivedAt: RECEIVED,
            assigneeId: handler.id,
          })),
        );
      }
      const contested = await Promise.all(
        Array.from({ length: CONTESTED }, () =>
          createRightsRequest(app.ctx, { receivedAt: TODAY }),
        ),
      );
      const [staffA, staffB] = await Promise.all([
        signInStaff(api1, 'handler'),
        signInStaff(api2, 'handler'),
      ]);

      const submissions = Promise.all(
        Array.from({ length: SUBJECTS }, async (_, i) => {
          const subject = await signUpSubject(i % 2 === 0 ? api1 : api2, { locale: 'en' });
          return Promise.all([
            submitRequestAs(api1, subject, sampleRequestInputs.access),
            submitRequestAs(api2, subject, sampleRequestInputs.portability),
          ]);
        }),
      );
      const contests = Promise.all(
        contested.map(async (request, i) => {
          const sides = [
            { api: api1, staff: staffA },
            { api: api2, staff: staffB },
          ];
          // Alternate who sends first, so either process may win.
          const order = i % 2 === 0 ? sides : [...sides].reverse();
          const answers = await Promise.all(
            order.map(({ api, staff }) =>
              callConsole<{ version?: number; error?: { code: string; message: string } }>(
                api,
                'POST',
                `/api/console/requests/${request.id}/assign`,
                {
                  cookie: staff.cookie,
                  locale: 'en',
                  body: { version: request.version, assigneeId: 'me' },
                },
              ),
            ),
          );
          const [a, b] = i % 2 === 0 ? answers : [...answers].reverse();
          return { request, a: a!, b: b! };
        }),
      );
      const submitted = (await submissions).flat();
      const contestResults = await contests;
      // Let both workers run until everything queued has gone out.
      const deadline = Date.now() + 60_000;
      for (;;) {
        const [reminders, unsent] = await Promise.all([
          prisma.reminder.count({ where: { requestId: { in: dueIds } } }),
          prisma.outboxMessage.count({ where: { status: { not: 'sent' } } }),
        ]);
        if (reminders === DUE_REQUESTS && unsent === 0) break;
        if (Date.now() > deadline)
          throw new Error(
            `not done: ${reminders} reminders, ${unsent} unsent\n${workers.map((w) => w.output()).join('\n')}`,
          );
        await new Promise((r) => setTimeout(r, 200));
      }
      // One more scan each after the queue is empty: still nothing new.
      await new Promise((r) => setTimeout(r, 500));
      await Promise.all(workers.map((w) => w.stop()));
      const totals = workers.map((w) => {
        const line = /worker-child done (\{.*\})/.exec(w.output());
        if (!line) throw new Error(`worker did not report:\n${w.output()}`);
        return JSON.parse(line[1]!) as {
          runs: number;
          remindersQueued: number;
          sent: number;
          failed: number;
        };
      });
      await Promise.all(apis.map(({ child }) => child.stop()));

      // Reminders: one per due request, although both workers scanned many times.
      const reminders = await prisma.reminder.findMany({ where: { requestId: { in: dueIds } } });
      expectEachOnce(
        reminders.map((r) => r.requestId ?? ''),
        dueIds,
      );
      expect(totals[0]!.remindersQueued + totals[1]!.remindersQueued).toBe(DUE_REQUESTS);
      expect(totals.every((t) => t.failed === 0)).toBe(true);

      // Mail: everything queued arrived exactly once; both workers sent some of it.
      const outbox = await prisma.outboxMessage.findMany();
      expectEachOnce(
        smtp.messages.map((m) => m.messageId),
        outbox.map((m) => `<${m.id}@oikeus>`),
      );
      expect(totals[0]!.sent + totals[1]!.sent).toBe(outbox.length);
      expect(totals.every((t) => t.sent > 0)).toBe(true);
      for (const handler of handlers)
        expect(smtp.messagesTo(handler.email)).toHaveLength(DUE_REQUESTS / handlers.length);

      // Requests through either API: each once, with its audit entry and acknowledgement.
      const submittedIds = submitted.map((r) => r.id);
      const audit = await prisma.auditEntry.findMany({ where: { action: 'request.submitted' } });
      expectEachOnce(
        audit.map((a) => a.requestId ?? ''),
        submittedIds,
      );
      const acks = await prisma.outboxMessage.findMany({ where: { template: 'acknowledgement' } });
      expectEachOnce(
        acks.map((m) => m.requestId ?? ''),
        submittedIds,
      );

      // Lost updates: per contested request one winner, one clear 409, one audit entry.
      for (const { request, a, b } of contestResults) {
        expect([a.status, b.status].sort()).toEqual([200, 409]);
        const loser = a.status === 409 ? a : b;
        expect(loser.body.error).toEqual({ code: 'CONFLICT', message: errorMessages.CONFLICT.en });
        const winnerId = a.status === 200 ? staffA.id : staffB.id;
        const row = await prisma.rightsRequest.findUniqueOrThrow({ where: { id: request.id } });
        expect(row).toMatchObject({ version: request.version + 1, assigneeId: winnerId });
        const assigned = await prisma.auditEntry.findMany({
          where: { requestId: request.id, action: 'request.assigned' },
        });
        expect(assigned).toHaveLength(1);
        expect(assigned[0]!.actorId).toBe(winnerId);
      }

      await expectAuditChainIntact(app.ctx);
      console.info(
        `several processes: worker totals ${JSON.stringify(totals)}, ${outbox.length} emails, ${submittedIds.length} submissions, contests won by API 1: ${contestResults.filter((c) => c.a.status === 200).length}/${CONTESTED}`,
      );
    });
  },
);
