// Issue #16: the portal's own records expire. Each kind stays through the last
// day of the period the notice prints and goes on the next, with everything
// that hangs on it; every deletion is audited and the audit trail itself is
// never touched (GDPR Art. 5(1)(e), 5(2); the notice).
import type { SubjectMessage } from '@oikeus/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/features/audit/verify-audit-chain';
import { runRetention, type RunRetentionResult } from '../../src/features/retention/run-retention';
import { startWorker } from '../../src/worker/start-worker';
import { createRightsRequest } from '../support/console-factories';
import { getRequestAs, sampleRequestInputs, submitRequestAs } from '../support/portal-requests';
import {
  anonymousHeaders,
  callApi,
  randomClientIp,
  signInSubject,
  signUpSubject,
  uniqueEmail,
  type PortalSubject,
} from '../support/portal-sign-in';
import { startRetentionTestApp, type RetentionTestApp } from '../support/retention-test-app';
import { testProviders } from '../support/test-database';

const signedUpAt = new Date('2026-03-02T09:00:00Z');
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');

function completed(result: RunRetentionResult) {
  if (result.status !== 'completed')
    throw new Error(`expected a completed run, got ${result.status}`);
  return result;
}

describe.each(testProviders)('the portal’s own records on %s', (provider) => {
  let app: RetentionTestApp;
  afterEach(() => app.dispose());

  /** A real run with the app's clock at `instant` (the controller's day is Helsinki's). */
  async function runAt(instant: string) {
    app.clock.set(new Date(instant));
    return completed(await runRetention(app.ctx, { dryRun: false }));
  }

  async function postFile(subject: PortalSubject, requestId: string, body: string) {
    const data = new FormData();
    data.append('body', body);
    data.append('file', new Blob([pdf], { type: 'application/pdf' }), 'liite.pdf');
    const res = await callApi<{ message: SubjectMessage }>(
      app,
      'POST',
      `/api/requests/${requestId}/messages`,
      { headers: subject.headers, rawBody: data },
    );
    expect(res.status).toBe(201);
    return res.body.message.attachments[0]!;
  }

  async function withdraw(subject: PortalSubject, requestId: string) {
    const { version } = await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { version: true },
    });
    const res = await callApi(app, 'POST', `/api/requests/${requestId}/withdraw`, {
      headers: subject.headers,
      body: { version },
    });
    expect(res.status).toBe(200);
  }

  it('when a request closed on 2 March 2026, it stays with all it holds through 2 March 2029 and goes on 3 March 2029 with its packages, chunks, files, messages and events, while its audit entries stay and the chain holds', async () => {
    app = await startRetentionTestApp(provider, signedUpAt);
    const db = app.ctx.db.prisma;
    const subject = await signUpSubject(app, { name: 'Pirjo Pyytäjä' });
    const request = await submitRequestAs(app, subject, sampleRequestInputs.access);
    const body = 'Henkilötunnukseni on liitteessä, poistakaa se aikanaan.';
    await postFile(subject, request.id, body);
    // A package compiled for it earlier, stored in chunks, and what else hangs on a request.
    await db.export.create({
      data: {
        requestId: request.id,
        kind: 'access',
        status: 'expired',
        fileName: 'oikeus-access.zip',
        createdAt: signedUpAt,
        chunks: { create: [0, 1, 2].map((seq) => ({ seq, data: pdf })) },
      },
    });
    await db.recipientNotice.create({
      data: {
        requestId: request.id,
        recipientName: 'Tilitoimisto Oy',
        notifiedAt: signedUpAt,
        method: 'email',
        staffId: 'staff-1',
      },
    });
    await db.reminder.create({
      data: {
        key: `portal-retention-${request.id}`,
        requestId: request.id,
        kind: 'target',
        dueDate: '2026-03-20',
        createdAt: signedUpAt,
      },
    });
    app.clock.set(new Date('2026-03-02T12:00:00Z'));
    await withdraw(subject, request.id);
    const ofRequest = { requestId: request.id };
    const counts = async () => ({
      requests: await db.rightsRequest.count({ where: { id: request.id } }),
      messages: await db.requestMessage.count({ where: ofRequest }),
      attachments: await db.attachment.count({ where: ofRequest }),
      events: await db.requestEvent.count({ where: ofRequest }),
      exports: await db.export.count({ where: ofRequest }),
      chunks: await db.exportChunk.count({ where: { export: ofRequest } }),
      notices: await db.recipientNotice.count({ where: ofRequest }),
      reminders: await db.reminder.count({ where: ofRequest }),
      accounts: await db.account.count({ where: { id: subject.accountId } }),
    });
    const before = await counts();
    expect(before).toMatchObject({
      requests: 1,
      messages: 1,
      attachments: 1,
      exports: 1,
      chunks: 3,
    });
    expect(before.events).toBeGreaterThan(1);
    const auditBefore = await db.auditEntry.count({ where: ofRequest });

    // 22:00 in Helsinki on 2 March 2029: the last day of the three years.
    const lastDay = await runAt('2029-03-02T20:00:00Z');
    expect(lastDay.items.filter((i) => i.recordType === 'portal_request')).toEqual([]);
    expect(lastDay.totals.portal.portal_request).toMatchObject({
      deleted: 0,
      kept: { retention_period_running: 1 },
      nextDeletableOn: '2029-03-03',
    });
    expect(await counts()).toEqual(before);

    // 00:30 in Helsinki on 3 March 2029.
    const due = await runAt('2029-03-02T22:30:00Z');
    expect(due.items).toContainEqual({
      recordType: 'portal_request',
      recordId: request.id,
      action: 'delete',
      ruleId: 'portal.portal_request',
      deletableSince: '2029-03-03',
      reason: 'retention_period_expired',
    });
    expect(await counts()).toEqual({
      requests: 0,
      messages: 0,
      attachments: 0,
      events: 0,
      exports: 0,
      chunks: 0,
      notices: 0,
      reminders: 0,
      // Its only request is gone and the person last signed in on 2 March 2026.
      accounts: 0,
    });
    // The trail keeps every entry about the request and adds the deletion.
    const audit = await db.auditEntry.findMany({ where: ofRequest, orderBy: { seq: 'asc' } });
    expect(audit).toHaveLength(auditBefore + 1);
    expect(audit.at(-1)).toMatchObject({
      actorType: 'system',
      action: 'retention.delete',
      recordType: 'portal_request',
      recordId: request.id,
    });
    expect(JSON.parse(audit.at(-1)?.details ?? '{}')).toMatchObject({
      ruleId: 'portal.portal_request',
      deletableSince: '2029-03-03',
      reference: request.reference,
      messagesDeleted: 1,
      attachmentsDeleted: 1,
      exportsDeleted: 1,
      exportChunksDeleted: 3,
    });
    const retentionText = JSON.stringify(
      await db.auditEntry.findMany({ where: { action: 'retention.delete' } }),
    );
    for (const personal of [subject.email, 'Pirjo Pyytäjä', body]) {
      expect(retentionText).not.toContain(personal);
    }
    const runEntry = await db.auditEntry.findFirstOrThrow({
      where: { action: 'retention.run_completed', recordId: due.runId },
    });
    expect(JSON.parse(runEntry.details ?? '{}')).toMatchObject({
      evaluatedOn: '2029-03-03',
      portalDeleted: { portal_request: 1, portal_account: 1 },
    });
    expect(await verifyAuditChain(app.ctx.db)).toMatchObject({ isIntact: true, problems: [] });
  });

  it('when a request closes, its files are deleted at once and the subject sees so; a file a closed request still holds goes on the next run', async () => {
    app = await startRetentionTestApp(provider, signedUpAt);
    const db = app.ctx.db.prisma;
    const subject = await signUpSubject(app);
    const request = await submitRequestAs(app, subject, sampleRequestInputs.erasure);
    const file = await postFile(subject, request.id, 'Liitteenä pyyntöni perustelu.');

    // While the request is open, the file stays.
    const open = await runAt('2026-03-02T10:00:00Z');
    expect(open.totals.portal.request_attachment.kept).toEqual({ request_open: 1 });
    expect(
      (await db.attachment.findUniqueOrThrow({ where: { id: file.id } })).content,
    ).toHaveLength(pdf.length);

    app.clock.set(new Date('2026-03-02T12:00:00Z'));
    await withdraw(subject, request.id);
    const row = await db.attachment.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.content).toHaveLength(0);
    expect(row).toMatchObject({
      deletedAt: new Date('2026-03-02T12:00:00Z'),
      deletedReason: 'request_closed',
    });
    const seen = (await getRequestAs(app, subject, request.id)).messages.flatMap(
      (m) => m.attachments,
    );
    expect(seen).toEqual([
      expect.objectContaining({
        id: file.id,
        deletedAt: '2026-03-02T12:00:00.000Z',
        deletedReason: 'request_closed',
      }),
    ]);

    // A request closed before files were deleted at closing still holds one.
    const older = await createRightsRequest(app, { status: 'completed' });
    await db.rightsRequest.update({
      where: { id: older.id },
      data: { closedAt: new Date('2026-02-27T10:00:00Z') },
    });
    const message = await db.requestMessage.create({
      data: { requestId: older.id, authorType: 'subject', body: 'Passi', createdAt: signedUpAt },
    });
    const leftover = await db.attachment.create({
      data: {
        requestId: older.id,
        messageId: message.id,
        fileName: 'passi.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
        sha256: 'x',
        content: pdf,
        createdAt: signedUpAt,
      },
    });
    const next = await runAt('2026-03-02T13:00:00Z');
    expect(next.items.filter((i) => i.recordType === 'request_attachment')).toEqual([
      {
        recordType: 'request_attachment',
        recordId: leftover.id,
        action: 'delete',
        ruleId: 'portal.request_attachment',
        deletableSince: '2026-02-27',
        reason: 'request_closed',
      },
    ]);
    expect(await db.attachment.findUniqueOrThrow({ where: { id: leftover.id } })).toMatchObject({
      content: new Uint8Array(0),
      deletedReason: 'request_closed',
      deletedAt: new Date('2026-03-02T13:00:00Z'),
    });
    expect(
      await db.auditEntry.count({
        where: {
          action: 'retention.delete',
          recordType: 'request_attachment',
          recordId: leftover.id,
        },
      }),
    ).toBe(1);
  });

  it('when a sign-up is never completed, its code with the name and phone stays through the day after it expired and goes the day after that', async () => {
    app = await startRetentionTestApp(provider, signedUpAt);
    const db = app.ctx.db.prisma;
    const email = uniqueEmail('unfinished');
    const res = await callApi(app, 'POST', '/api/auth/start', {
      headers: anonymousHeaders(randomClientIp()),
      body: {
        purpose: 'sign_up',
        email,
        name: 'Keskeneräinen Kalle',
        phone: '+358 40 765 4321',
        locale: 'fi',
      },
    });
    expect(res.status).toBe(202);
    const challenge = await db.loginChallenge.findFirstOrThrow({ where: { email } });
    expect(challenge.pendingName).toBe('Keskeneräinen Kalle');

    // Expired at 11:10 in Helsinki on 2 March; kept through 3 March (23:00 there).
    const kept = await runAt('2026-03-03T21:00:00Z');
    expect(kept.totals.portal.login_challenge).toMatchObject({
      deleted: 0,
      kept: { retention_period_running: 1 },
      nextDeletableOn: '2026-03-04',
    });
    expect(await db.loginChallenge.count({ where: { email } })).toBe(1);

    const due = await runAt('2026-03-03T22:30:00Z');
    expect(due.items).toContainEqual(
      expect.objectContaining({
        recordType: 'login_challenge',
        recordId: challenge.id,
        deletableSince: '2026-03-04',
      }),
    );
    expect(await db.loginChallenge.count({ where: { email } })).toBe(0);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: 'retention.delete', recordId: challenge.id },
    });
    expect(audit.recordType).toBe('login_challenge');
    expect(JSON.stringify(audit)).not.toContain(email);
    expect(JSON.stringify(audit)).not.toContain('Keskeneräinen');
  });

  it('when mail was sent on 2 March, the outbox copy and the local mailbox copy stay 30 days and go on 2 April; mail given up on stays for the admins', async () => {
    app = await startRetentionTestApp(provider, signedUpAt);
    const db = app.ctx.db.prisma;
    await signUpSubject(app);
    const worker = startWorker(app.ctx, { isLooping: false });
    try {
      await worker.runOnce({ reminders: false });
    } finally {
      await worker.stop();
    }
    const sent = await db.outboxMessage.findMany({
      where: { status: 'sent' },
      select: { id: true },
    });
    const local = await db.localMail.findMany({ select: { id: true } });
    expect(sent.length).toBeGreaterThan(0);
    expect(local.length).toBe(sent.length);
    const failed = await db.outboxMessage.create({
      data: {
        template: 'handler_message',
        toAddress: 'ei-perille@example.fi',
        locale: 'fi',
        subject: 'x',
        textBody: 'x',
        htmlBody: 'x',
        status: 'failed',
        nextAttemptAt: signedUpAt,
        createdAt: signedUpAt,
      },
    });

    // 23:00 in Helsinki on 1 April (summer time): the thirtieth day after sending.
    const kept = await runAt('2026-04-01T20:00:00Z');
    expect(kept.totals.portal.sent_mail).toMatchObject({
      deleted: 0,
      kept: { retention_period_running: sent.length + local.length },
      nextDeletableOn: '2026-04-02',
    });
    expect(await db.outboxMessage.count({ where: { status: 'sent' } })).toBe(sent.length);
    expect(await db.localMail.count()).toBe(local.length);

    const due = await runAt('2026-04-01T21:30:00Z');
    expect(due.totals.portal.sent_mail).toMatchObject({
      deleted: sent.length + local.length,
      firstDeletableSince: '2026-04-02',
    });
    expect(await db.outboxMessage.count({ where: { status: 'sent' } })).toBe(0);
    expect(await db.localMail.count()).toBe(0);
    expect(await db.outboxMessage.count({ where: { id: failed.id } })).toBe(1);
    expect(
      await db.auditEntry.count({
        where: { action: 'retention.delete', recordType: { in: ['outbox_message', 'local_mail'] } },
      }),
    ).toBe(sent.length + local.length);
  });

  it('when the controller keeps requests two years, an account without requests goes two years after its last sign-in, a later sign-in moves that day and an account with a request stays', async () => {
    app = await startRetentionTestApp(provider, signedUpAt, {
      PORTAL_REQUEST_RETENTION_YEARS: '2',
    });
    const db = app.ctx.db.prisma;
    const idle = await signUpSubject(app);
    const returning = await signUpSubject(app);
    const withRequest = await signUpSubject(app);
    await submitRequestAs(app, withRequest, sampleRequestInputs.objection);
    app.clock.set(new Date('2027-06-10T09:00:00Z'));
    await signInSubject(app, returning.email);
    const exists = async (subject: PortalSubject) =>
      (await db.account.count({ where: { id: subject.accountId } })) === 1;

    const lastDay = await runAt('2028-03-02T20:00:00Z');
    expect(lastDay.totals.portal.portal_account).toMatchObject({
      deleted: 0,
      kept: { retention_period_running: 2, account_has_requests: 1 },
      nextDeletableOn: '2028-03-03',
    });
    expect(await exists(idle)).toBe(true);

    const due = await runAt('2028-03-02T22:30:00Z');
    expect(due.items.filter((i) => i.recordType === 'portal_account')).toEqual([
      expect.objectContaining({ recordId: idle.accountId, deletableSince: '2028-03-03' }),
    ]);
    expect(await exists(idle)).toBe(false);
    expect(await db.subjectSession.count({ where: { accountId: idle.accountId } })).toBe(0);
    expect(await exists(returning)).toBe(true);

    await runAt('2029-06-10T20:00:00Z');
    expect(await exists(returning)).toBe(true);
    await runAt('2029-06-10T21:30:00Z');
    expect(await exists(returning)).toBe(false);
    expect(await exists(withRequest)).toBe(true);
  });
});
