// Issue #20 point 5: one person cannot flood a request with messages and
// files, and the handler gets one mail per request per window, not one per
// message. Small limits are configured so the test stays quick.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubjectMessage } from '@oikeus/contracts';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { submitRequestAs } from '../support/portal-requests';
import { callApi, signUpSubject, type PortalSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

type Answer = { message?: SubjectMessage; error?: { code: string; message: string } };

function pdfOf(size: number): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  return bytes;
}

describe.each(testProviders)('message quotas on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, {
      env: {
        SUBJECT_MESSAGES_PER_HOUR: '3',
        SUBJECT_MESSAGES_PER_ACCOUNT_HOUR: '5',
        REQUEST_ATTACHMENT_MAX_BYTES: '1000',
        SUBJECT_MESSAGE_MAIL_MINUTES: '15',
      },
    });
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  async function post(
    subject: PortalSubject,
    requestId: string,
    options: { lang?: string; file?: Uint8Array } = {},
  ) {
    const data = new FormData();
    data.append('body', 'Hei, tässä lisätietoa.');
    if (options.file)
      data.append('file', new Blob([options.file], { type: 'application/pdf' }), 'liite.pdf');
    return callApi<Answer>(app, 'POST', `/api/requests/${requestId}/messages`, {
      headers: { ...subject.headers, 'accept-language': options.lang ?? 'fi' },
      rawBody: data,
    });
  }

  async function assignedRequest(subject: PortalSubject): Promise<string> {
    const request = await submitRequestAs(app, subject);
    const assigned = await callConsole(app, 'POST', `/api/console/requests/${request.id}/assign`, {
      cookie: handler.cookie,
      body: { version: request.version, assigneeId: 'me' },
    });
    expect(assigned.status).toBe(200);
    return request.id;
  }

  it('when a person posts more messages on one request in an hour than allowed, the next gets 429 in their language, and the handler one mail', async () => {
    const subject = await signUpSubject(app, { locale: 'fi' });
    const requestId = await assignedRequest(subject);
    for (let i = 0; i < 3; i += 1) expect((await post(subject, requestId)).status).toBe(201);
    const refused = await post(subject, requestId);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringContaining('tähän pyyntöön paljon viestejä'),
    });
    const english = await post(subject, requestId, { lang: 'en' });
    expect(english.body.error?.message).toMatch(/many messages on this request/);
    expect(await app.ctx.db.prisma.requestMessage.count({ where: { requestId } })).toBe(3);
    const mails = await app.ctx.db.prisma.outboxMessage.count({
      where: { requestId, template: 'subject_message' },
    });
    expect(mails).toBe(1);

    // An hour later the person may write again, and the handler hears of it once more.
    app.clock.advance(3_600_001);
    expect((await post(subject, requestId)).status).toBe(201);
    expect(
      await app.ctx.db.prisma.outboxMessage.count({
        where: { requestId, template: 'subject_message' },
      }),
    ).toBe(2);
  });

  it('when a person spreads messages over several requests, the per-account limit stops them', async () => {
    const subject = await signUpSubject(app, { locale: 'sv' });
    const first = (await submitRequestAs(app, subject)).id;
    const second = (await submitRequestAs(app, subject)).id;
    for (let i = 0; i < 3; i += 1) expect((await post(subject, first)).status).toBe(201);
    for (let i = 0; i < 2; i += 1) expect((await post(subject, second)).status).toBe(201);
    const refused = await post(subject, second, { lang: 'sv' });
    expect(refused.status).toBe(429);
    expect(refused.body.error?.message).toMatch(/många meddelanden på kort tid/);
  });

  it('when the files on one request would exceed the total allowed, the upload gets 413 and a message without a file still goes through', async () => {
    const subject = await signUpSubject(app, { locale: 'en' });
    const requestId = (await submitRequestAs(app, subject)).id;
    expect((await post(subject, requestId, { file: pdfOf(600) })).status).toBe(201);
    const refused = await post(subject, requestId, { file: pdfOf(600), lang: 'en' });
    expect(refused.status).toBe(413);
    expect(refused.body.error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringMatching(/total size allowed for attachments/),
    });
    expect(await app.ctx.db.prisma.attachment.count({ where: { requestId } })).toBe(1);
    expect((await post(subject, requestId)).status).toBe(201);
  });
});
