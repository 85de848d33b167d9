import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SubjectMessage } from '@oikeus/contracts';
import {
  callApi,
  signInSubject,
  signUpSubject,
  type PortalSubject,
} from '../support/portal-sign-in';
import { askForIdentity, getRequestAs, submitRequestAs } from '../support/portal-requests';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

type ErrorBody = {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
};

const received = new Date('2026-03-02T09:00:00Z');
const pdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n',
);
const png = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

function form(
  fields: Record<string, string>,
  files: Array<{ bytes: Uint8Array; type: string; name: string }> = [],
) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  for (const file of files)
    data.append('file', new Blob([file.bytes], { type: file.type }), file.name);
  return data;
}

describe.each(testProviders)('messages and attachments in the portal on %s', (provider) => {
  let app: TestApp;
  let subject: PortalSubject;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: received });
  });
  beforeEach(async () => {
    app.clock.set(received);
    subject = await signUpSubject(app, { locale: 'fi' });
  });
  afterAll(() => app.close());

  const counts = async () => ({
    messages: await app.ctx.db.prisma.requestMessage.count(),
    attachments: await app.ctx.db.prisma.attachment.count(),
    audit: await app.ctx.db.prisma.auditEntry.count(),
  });
  const post = (
    requestId: string,
    options: { body?: unknown; rawBody?: FormData; lang?: string },
    as = subject,
  ) =>
    callApi<{ message: SubjectMessage } & ErrorBody>(
      app,
      'POST',
      `/api/requests/${requestId}/messages`,
      {
        headers: { ...as.headers, 'accept-language': options.lang ?? 'fi' },
        ...(options.rawBody ? { rawBody: options.rawBody } : { body: options.body }),
      },
    );

  it('when the subject writes a message, it shows in the request and is audited', async () => {
    const request = await submitRequestAs(app, subject);
    const res = await post(request.id, { body: { body: 'Asiakasnumeroni on 1234.' } });
    expect(res.status).toBe(201);
    expect(res.body.message).toMatchObject({
      authorType: 'subject',
      body: 'Asiakasnumeroni on 1234.',
      isIdentityAnswer: false,
      attachments: [],
    });
    const detail = await getRequestAs(app, subject, request.id);
    expect(detail.messages.map((m) => m.body)).toEqual(['Asiakasnumeroni on 1234.']);
    const audit = await app.ctx.db.prisma.auditEntry.findMany({
      where: { requestId: request.id },
      orderBy: { seq: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual(['request.submitted', 'request.message_posted']);
  });

  it('when a PDF is attached, it is stored with its hash and comes back byte for byte as a download, never inline', async () => {
    const request = await submitRequestAs(app, subject);
    const res = await post(request.id, {
      rawBody: form({ body: 'Liitteenä todistus.' }, [
        { bytes: pdf, type: 'application/pdf', name: 'todistus.pdf' },
      ]),
    });
    expect(res.status).toBe(201);
    const [meta] = res.body.message.attachments;
    expect(meta).toMatchObject({
      fileName: 'todistus.pdf',
      contentType: 'application/pdf',
      size: pdf.byteLength,
    });
    const stored = await app.ctx.db.prisma.attachment.findUniqueOrThrow({
      where: { id: meta?.id ?? '' },
    });
    expect(stored.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));

    const download = await fetch(`${app.url}/api/requests/${request.id}/attachments/${meta?.id}`, {
      headers: subject.headers,
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename=todistus.pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('cache-control')).toBe('private, no-store');
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
  });

  it('when a file name has Finnish letters or a path, the letters are kept and the path is dropped', async () => {
    const request = await submitRequestAs(app, subject);
    const accented = await post(request.id, {
      rawBody: form({ body: 'Kuva' }, [
        { bytes: png, type: 'image/png', name: 'henkilöllisyys ä.png' },
      ]),
    });
    expect(accented.body.message.attachments[0]?.fileName).toBe('henkilöllisyys ä.png');
    const download = await fetch(
      `${app.url}/api/requests/${request.id}/attachments/${accented.body.message.attachments[0]?.id}`,
      {
        headers: subject.headers,
      },
    );
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="henkil?llisyys ?.png"; filename*=UTF-8''henkil%C3%B6llisyys%20%C3%A4.png`,
    );
    const traversal = await post(request.id, {
      rawBody: form({ body: 'Polku' }, [
        { bytes: pdf, type: 'application/pdf', name: '../../etc/passwd.pdf' },
      ]),
    });
    expect(traversal.body.message.attachments[0]?.fileName).toBe('passwd.pdf');
  });

  it.each([
    [
      'an HTML page declared as a PDF',
      new TextEncoder().encode('<html><script>alert(1)</script></html>'),
      'application/pdf',
      'evil.pdf',
    ],
    ['a PNG declared as a JPEG', png, 'image/jpeg', 'photo.jpg'],
    ['a plain text file', new TextEncoder().encode('hello'), 'text/plain', 'note.txt'],
    [
      'an SVG image',
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      'image/svg+xml',
      'x.svg',
    ],
  ])(
    'when the attachment is %s, it is refused with 415 and nothing is stored',
    async (_label, bytes, type, name) => {
      const request = await submitRequestAs(app, subject);
      const before = await counts();
      const res = await post(request.id, {
        rawBody: form({ body: 'Liite' }, [{ bytes, type, name }]),
        lang: 'en',
      });
      expect(res.status).toBe(415);
      expect(res.body.error).toEqual({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'The attachment must be a PDF, PNG or JPEG file.',
      });
      expect(await counts()).toEqual(before);
    },
  );

  it('when the attachment is larger than 5 MB, it is refused with 413 and nothing is stored', async () => {
    const request = await submitRequestAs(app, subject);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(pdf);
    const before = await counts();
    const res = await post(request.id, {
      rawBody: form({ body: 'Iso' }, [{ bytes: big, type: 'application/pdf', name: 'big.pdf' }]),
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await counts()).toEqual(before);
  });

  it('when two files are sent, or a field is 1 MB long, the answer is 400 and nothing is stored', async () => {
    const request = await submitRequestAs(app, subject);
    const before = await counts();
    const two = form({ body: 'Kaksi' }, [
      { bytes: pdf, type: 'application/pdf', name: 'a.pdf' },
      { bytes: pdf, type: 'application/pdf', name: 'b.pdf' },
    ]);
    expect((await post(request.id, { rawBody: two })).status).toBe(400);
    expect(
      (await post(request.id, { rawBody: form({ body: 'x'.repeat(1024 * 1024) }) })).status,
    ).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('when the message is empty, too long or has unknown fields, each gets a localised 400 and nothing is stored', async () => {
    const request = await submitRequestAs(app, subject);
    const before = await counts();
    const empty = await post(request.id, { body: { body: '   ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toEqual([{ path: 'body', message: 'Kirjoita viesti.' }]);
    const long = await post(request.id, { body: { body: 'x'.repeat(5001) }, lang: 'en' });
    expect(long.body.error.details).toEqual([{ path: 'body', message: 'The text is too long.' }]);
    const extra = await post(request.id, {
      body: { body: 'Hei', authorType: 'staff', isInternalNote: true },
    });
    expect(extra.status).toBe(400);
    const wrongType = await post(request.id, { body: { body: 42 } });
    expect(wrongType.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('when the message holds HTML, it comes back as the same text inside JSON', async () => {
    const request = await submitRequestAs(app, subject);
    const hostile = '<img src=x onerror="alert(document.cookie)"><script>fetch("//evil")</script>';
    expect((await post(request.id, { body: { body: hostile } })).status).toBe(201);
    const res = await fetch(`${app.url}/api/requests/${request.id}`, { headers: subject.headers });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { request: { messages: SubjectMessage[] } };
    expect(body.request.messages[0]?.body).toBe(hostile);
  });

  it('when the subject answers the identity question, the pause ends at once and the request returns to received for the handler', async () => {
    const request = await submitRequestAs(app, subject);
    // The handler asks on Wednesday 4 March (staff console, written directly here).
    await askForIdentity(app, request.id, new Date('2026-03-04T09:00:00Z'));
    app.clock.set(new Date('2026-03-09T09:00:00Z'));
    const later = await signInSubject(app, subject.email);

    const waiting = await getRequestAs(app, later, request.id);
    expect(waiting).toMatchObject({ status: 'identity_pending', isAwaitingIdentity: true });
    expect(waiting.deadline).toMatchObject({ isSuspended: true, pausedDays: 5 });
    expect(waiting.events.map((e) => e.type)).toEqual(['submitted', 'identity_info_requested']);

    const res = await post(
      request.id,
      { body: { body: 'Asiakasnumeroni on 1234.', isIdentityAnswer: true } },
      later,
    );
    expect(res.status).toBe(201);
    expect(res.body.message.isIdentityAnswer).toBe(true);

    const answered = await getRequestAs(app, later, request.id);
    // The handler decides whether the answer suffices (Art. 12(6)); the pause is over
    // (EDPB 01/2022 §159), so the status no longer says it is waiting for identity.
    expect(answered).toMatchObject({
      status: 'received',
      isAwaitingIdentity: false,
      version: waiting.version + 1,
    });
    // EDPB 01/2022 §159: 5 paused days (5–9 March) push 2 April to 7 April (Tuesday after Easter).
    expect(answered.deadline).toMatchObject({
      isSuspended: false,
      pausedDays: 5,
      dueDate: '2026-04-07',
    });
    expect(answered.events.map((e) => e.type)).toEqual([
      'submitted',
      'identity_info_requested',
      'identity_answered',
    ]);
    const pause = await app.ctx.db.prisma.requestSuspension.findFirstOrThrow({
      where: { requestId: request.id },
    });
    expect(pause.endedAt?.toISOString()).toBe('2026-03-09T09:00:00.000Z');
    const stored = await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
      where: { id: request.id },
    });
    expect(stored.dueDate).toBe('2026-04-07');
    expect(stored.status).toBe('received');
  });

  it('when no identity question is open, a message flagged as the answer is refused and nothing is stored', async () => {
    const request = await submitRequestAs(app, subject);
    const before = await counts();
    const res = await post(request.id, {
      body: { body: 'Vastaus', isIdentityAnswer: true },
      lang: 'en',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(
      'There is no open identity question on this request. Send it as an ordinary message.',
    );
    expect(await counts()).toEqual(before);
  });

  it('when the identity answer comes as a form with a file, the flag is read from the form', async () => {
    const request = await submitRequestAs(app, subject);
    await askForIdentity(app, request.id);
    const res = await post(request.id, {
      rawBody: form({ body: 'Todistus liitteenä', isIdentityAnswer: 'true' }, [
        { bytes: pdf, type: 'application/pdf', name: 'id.pdf' },
      ]),
    });
    expect(res.status).toBe(201);
    expect(res.body.message.isIdentityAnswer).toBe(true);
    expect((await getRequestAs(app, subject, request.id)).isAwaitingIdentity).toBe(false);
  });

  it('when the handler writes an internal note with a file, the subject sees neither the note nor the file', async () => {
    const request = await submitRequestAs(app, subject);
    const note = await app.ctx.db.prisma.requestMessage.create({
      data: {
        requestId: request.id,
        authorType: 'staff',
        body: 'Sisäinen: tarkista laskut',
        isInternalNote: true,
        createdAt: received,
      },
    });
    const reply = await app.ctx.db.prisma.requestMessage.create({
      data: {
        requestId: request.id,
        authorType: 'staff',
        body: 'Hei, tarkistamme asiaa.',
        createdAt: received,
      },
    });
    const hidden = await app.ctx.db.prisma.attachment.create({
      data: {
        requestId: request.id,
        messageId: note.id,
        fileName: 'internal.pdf',
        contentType: 'application/pdf',
        size: pdf.byteLength,
        sha256: createHash('sha256').update(pdf).digest('hex'),
        content: pdf,
        createdAt: received,
      },
    });
    const detail = await getRequestAs(app, subject, request.id);
    expect(detail.messages.map((m) => m.id)).toEqual([reply.id]);
    expect(detail.messages[0]?.authorType).toBe('staff');
    expect(JSON.stringify(detail)).not.toContain('Sisäinen');
    const download = await callApi(
      app,
      'GET',
      `/api/requests/${request.id}/attachments/${hidden.id}`,
      { headers: subject.headers },
    );
    expect(download.status).toBe(404);
  });
});
