// Issue #16: `dsr retention run --dry-run` shows the portal's own categories —
// requests, files, accounts, sign-in codes, sent mail and the audit trail —
// each with its counts and dates, and changes nothing.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { SubjectMessage } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../../src/worker/start-worker';
import { sampleRequestInputs, submitRequestAs } from '../support/portal-requests';
import { callApi, signUpSubject } from '../support/portal-sign-in';
import { startRetentionTestApp, type RetentionTestApp } from '../support/retention-test-app';
import { testProviders } from '../support/test-database';

const run = promisify(execFile);
const apiDir = path.resolve(import.meta.dirname, '../..');
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');

// The CLI runs on the real clock; a dry run may evaluate any --today, so the
// dates below hold whatever day the test runs on.
describe.each(testProviders)(
  'dsr retention run --dry-run on the portal’s records on %s',
  { timeout: 120_000 },
  (provider) => {
    let app: RetentionTestApp;
    let requestId = '';
    let closedRequestId = '';
    let sentMail = 0;
    let auditEntries = 0;

    beforeAll(async () => {
      app = await startRetentionTestApp(provider, new Date('2026-03-02T09:00:00Z'));
      const subject = await signUpSubject(app);
      const closed = await submitRequestAs(app, subject, sampleRequestInputs.erasure);
      closedRequestId = closed.id;
      app.clock.set(new Date('2026-03-02T12:00:00Z'));
      const withdrawn = await callApi(app, 'POST', `/api/requests/${closed.id}/withdraw`, {
        headers: subject.headers,
        body: { version: closed.version },
      });
      expect(withdrawn.status).toBe(200);
      // A second, open request holding a file.
      const open = await submitRequestAs(app, subject, sampleRequestInputs.objection);
      requestId = open.id;
      const data = new FormData();
      data.append('body', 'Liitteenä kieltoni.');
      data.append('file', new Blob([pdf], { type: 'application/pdf' }), 'kielto.pdf');
      const posted = await callApi<{ message: SubjectMessage }>(
        app,
        'POST',
        `/api/requests/${open.id}/messages`,
        { headers: subject.headers, rawBody: data },
      );
      expect(posted.status).toBe(201);
      const worker = startWorker(app.ctx, { isLooping: false });
      try {
        await worker.runOnce({ reminders: false });
      } finally {
        await worker.stop();
      }
      const db = app.ctx.db.prisma;
      sentMail =
        (await db.outboxMessage.count({ where: { status: 'sent' } })) +
        (await db.localMail.count());
      auditEntries = await db.auditEntry.count();
    });
    afterAll(() => app.dispose());

    async function dsr(...args: string[]) {
      const { stdout } = await run(
        'pnpm',
        ['exec', 'tsx', 'src/cli/main.ts', 'retention', 'run', ...args],
        {
          cwd: apiDir,
          env: { ...process.env, DATABASE_URL: app.ctx.env.DATABASE_URL, LOG_LEVEL: 'silent' },
        },
      );
      return stdout;
    }

    it('when a dry run evaluates 3 March 2029, it lists every portal category with what would go, since when, what stays and why, and deletes nothing', async () => {
      const stdout = await dsr('--dry-run', '--today', '2029-03-03');

      const lines = stdout.split('\n');
      const block = lines.slice(
        lines.indexOf('Portal records (the notice: handling data-subject requests):'),
      );
      expect(block[1]).toMatch(
        /^CATEGORY +WOULD DELETE +DELETABLE SINCE +KEPT +NEXT DUE +KEPT BECAUSE$/,
      );
      // The withdrawn request (closed 2 March 2026) is due; the open one waits for its closing.
      expect(block).toContainEqual(
        expect.stringMatching(/^portal request +1 +2029-03-03 +1 +- +request open 1$/),
      );
      // The withdrawn request's files went at its closing; the open one's file stays.
      expect(block).toContainEqual(
        expect.stringMatching(/^request file +0 +- +1 +- +request open 1$/),
      );
      expect(block).toContainEqual(
        expect.stringMatching(/^portal account +0 +- +1 +- +has requests 1$/),
      );
      // The sign-up code expired on 2 March 2026.
      expect(block).toContainEqual(expect.stringMatching(/^sign-in code +1 +2026-03-04 +0 +- +-$/));
      expect(block).toContainEqual(
        expect.stringMatching(new RegExp(`^sent mail +${sentMail} +2026-04-02 +0 +- +-$`)),
      );
      // Five years for the audit trail, counted, never deleted.
      expect(block).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^audit entry +0 +- +${auditEntries} +2031-03-03 +period running ${auditEntries}$`,
          ),
        ),
      );
      expect(stdout).toMatch(
        new RegExp(
          `portal request +${closedRequestId} +portal\\.portal_request +2029-03-03 +would delete +retention period over`,
        ),
      );
      const db = app.ctx.db.prisma;
      expect(await db.rightsRequest.count({ where: { id: closedRequestId } })).toBe(1);
      expect(await db.loginChallenge.count()).toBeGreaterThan(0);
      expect(await db.attachment.count({ where: { requestId, deletedAt: null } })).toBe(1);
    });
  },
);
