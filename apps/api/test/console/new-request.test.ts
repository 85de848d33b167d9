// Requests from every channel (issue #18): a handler logs a letter, email or
// call with its real receipt, over real HTTP, on both databases.
import type { EmailImportResponse, NewConsoleRequestResponse } from '@oikeus/contracts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { uniqueTag } from '../support/console-factories';
import { signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

// Monday 7 December 2026, 09:00 in Helsinki.
const MONDAY = new Date('2026-12-07T07:00:00Z');
const PDF = new TextEncoder().encode('%PDF-1.4\n% kirje\n%%EOF\n');

function form(payload: unknown, files: { pdfs?: number; eml?: string } = {}): FormData {
  const data = new FormData();
  data.append('payload', JSON.stringify(payload));
  for (let i = 0; i < (files.pdfs ?? 0); i += 1)
    data.append('files', new Blob([PDF], { type: 'application/pdf' }), `kirje-${i}.pdf`);
  if (files.eml !== undefined)
    data.append('email', new Blob([files.eml], { type: 'message/rfc822' }), 'pyynto.eml');
  return data;
}

function letterPayload(tag: string, overrides: Record<string, unknown> = {}) {
  return {
    channel: 'letter',
    receivedAt: '2026-12-04T14:30',
    rights: [{ type: 'access', registers: ['customer', 'marketing'] }],
    requester: {
      name: `Kirjeen Lähettäjä ${tag}`,
      email: `kirje.${tag}@example.fi`,
      postalAddress: 'Hämeenkatu 1, 13100 Hämeenlinna',
    },
    locale: 'fi',
    note: 'Kirje saapui postissa perjantaina.',
    ...overrides,
  };
}

/** A request forwarded as an attachment: the outer Date is the forwarding, the inner the sending. */
function forwardedEml(tag: string): string {
  const pdf = Buffer.from(PDF).toString('base64');
  const inner = [
    `From: Sähköposti Pyytäjä <pyytaja.${tag}@example.fi>`,
    'To: tietosuoja@inope.fi',
    'Subject: Tietopyyntö',
    'Date: Thu, 03 Dec 2026 16:45:00 +0200',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="inner"',
    '',
    '--inner',
    'Content-Type: multipart/alternative; boundary="alt"',
    '',
    '--alt',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Haluan saada kopion tiedoistani.',
    '--alt',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Haluan <script>alert(1)</script>kopion</p>',
    '--alt--',
    '--inner',
    'Content-Type: application/pdf; name="valtakirja.pdf"',
    'Content-Disposition: attachment; filename="valtakirja.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    pdf,
    '--inner--',
    '',
  ].join('\r\n');
  return [
    'From: Asiakaspalvelu <asiakaspalvelu@inope.fi>',
    'To: kasittelija@inope.fi',
    'Subject: Fwd: Tietopyyntö',
    'Date: Mon, 07 Dec 2026 08:30:00 +0200',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="outer"',
    '',
    '--outer',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Välitän tämän.',
    '--outer',
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="pyynto.eml"',
    '',
    inner,
    '--outer--',
    '',
  ].join('\r\n');
}

describe.each(testProviders)('new request from another channel on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  let auditor: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: MONDAY });
    handler = await signInStaff(app, 'handler');
    auditor = await signInStaff(app, 'auditor');
  });
  beforeEach(() => app.clock.set(MONDAY));
  afterAll(() => app.close());

  async function post<T>(path: string, body: FormData, cookie = handler.cookie, locale = 'fi') {
    const res = await fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'x-requested-with': 'oikeus', cookie, 'accept-language': locale },
      body,
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  it('when a letter received last Friday is logged on Monday, its deadline runs from Friday', async () => {
    const tag = uniqueTag();
    const res = await post<NewConsoleRequestResponse>(
      '/api/console/requests',
      form(letterPayload(tag), { pdfs: 1 }),
    );
    expect(res.status).toBe(201);
    expect(res.body.receivedAt).toBe('2026-12-04T12:30:00.000Z');
    // One month from Friday 4 December is Monday 4 January; logged Monday it would be 7 January.
    expect(res.body.requests.map((r) => r.dueDate)).toEqual(['2027-01-04']);
    expect(res.body.isNewRequester).toBe(true);
    const [created] = res.body.requests;
    const row = await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
      where: { id: created?.id },
      include: { account: true, attachments: true, messages: true, events: true },
    });
    expect([row.channel, row.enteredById, row.status, row.dueDate]).toEqual([
      'letter',
      handler.id,
      'received',
      '2027-01-04',
    ]);
    expect(row.requesterPostalAddress).toBe('Hämeenkatu 1, 13100 Hämeenlinna');
    expect([row.account.email, row.account.signedUpAt]).toEqual([`kirje.${tag}@example.fi`, null]);
    expect(row.attachments.map((a) => [a.fileName, a.contentType])).toEqual([
      ['kirje-0.pdf', 'application/pdf'],
    ]);
    expect(row.messages.map((m) => [m.isInternalNote, m.body])).toEqual([
      [true, 'Kirje saapui postissa perjantaina.'],
    ]);
    expect(row.events.map((e) => e.type).sort()).toEqual(['internal_note_added', 'submitted']);
    const audit = await app.ctx.db.prisma.auditEntry.findMany({ where: { requestId: row.id } });
    expect(audit.map((a) => [a.action, a.actorType, a.actorId])).toEqual([
      ['request.submitted', 'staff', handler.id],
    ]);
    expect(JSON.parse(audit[0]?.details ?? '{}')).toMatchObject({
      channel: 'letter',
      receiptSource: 'entered',
      receivedAt: '2026-12-04T12:30:00.000Z',
    });
    // The queue shows where it came from.
    const queue = await fetch(
      `${app.url}/api/console/requests?q=${encodeURIComponent(created?.reference ?? '')}`,
      { headers: { cookie: handler.cookie } },
    );
    const items = ((await queue.json()) as { items: Array<{ id: string; channel: string }> }).items;
    expect(items.map((i) => [i.id, i.channel])).toEqual([[created?.id, 'letter']]);
  });

  it('when the receipt is long past, the response warns the deadline is past', async () => {
    const tag = uniqueTag();
    const res = await post<NewConsoleRequestResponse>(
      '/api/console/requests',
      form(letterPayload(tag, { receivedAt: '2026-10-01T10:00' })),
    );
    expect(res.status).toBe(201);
    expect(res.body.deadlineWarning).toBe('past');
    const recent = await post<NewConsoleRequestResponse>(
      '/api/console/requests',
      form(letterPayload(uniqueTag())),
    );
    expect(recent.body.deadlineWarning).toBe('none');
  });

  it('when the receipt is in the future, it is refused with a 400 in the handler’s language', async () => {
    const before = await app.ctx.db.prisma.rightsRequest.count();
    const fi = await post<{ error: { code: string; message: string } }>(
      '/api/console/requests',
      form(letterPayload(uniqueTag(), { receivedAt: '2026-12-07T10:00' })),
    );
    expect(fi.status).toBe(400);
    expect(fi.body.error.message).toBe('Vastaanottoaika ei voi olla tulevaisuudessa.');
    const sv = await post<{ error: { message: string } }>(
      '/api/console/requests',
      form(letterPayload(uniqueTag(), { receivedAt: '2026-12-08T09:00' })),
      handler.cookie,
      'sv',
    );
    expect([sv.status, sv.body.error.message]).toEqual([
      400,
      'Mottagningstiden kan inte ligga i framtiden.',
    ]);
    expect(await app.ctx.db.prisma.rightsRequest.count()).toBe(before);
  });

  it('when a forwarded .eml is imported, the pre-fill is text only and the request gets its attachments and the Date-header receipt', async () => {
    const tag = uniqueTag();
    const eml = forwardedEml(tag);
    const preview = await post<EmailImportResponse>(
      '/api/console/requests/email-import',
      form({}, { eml }),
    );
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      sender: { name: 'Sähköposti Pyytäjä', email: `pyytaja.${tag}@example.fi` },
      subject: 'Tietopyyntö',
      dateHeader: '2026-12-03T14:45:00.000Z',
      forwardedAt: '2026-12-07T06:30:00.000Z',
      attachments: [
        { fileName: 'valtakirja.pdf', contentType: 'application/pdf', isAccepted: true },
      ],
    });
    expect(preview.body.text.trim()).toBe('Haluan saada kopion tiedoistani.');
    expect(JSON.stringify(preview.body)).not.toContain('<script>');

    const res = await post<NewConsoleRequestResponse>(
      '/api/console/requests',
      form(
        {
          channel: 'email',
          receiptSource: 'email_date',
          rights: [{ type: 'access', registers: ['customer'] }],
          requester: { name: 'Sähköposti Pyytäjä', email: `pyytaja.${tag}@example.fi` },
          locale: 'fi',
          note: preview.body.text,
        },
        { eml },
      ),
    );
    expect(res.status).toBe(201);
    expect(res.body.receivedAt).toBe('2026-12-03T14:45:00.000Z');
    expect(res.body.requests.map((r) => r.dueDate)).toEqual(['2027-01-04']);
    const row = await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
      where: { id: res.body.requests[0]?.id },
      include: { attachments: true },
    });
    expect(row.channel).toBe('email');
    expect(row.attachments.map((a) => a.fileName)).toEqual(['valtakirja.pdf']);
    const audit = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { requestId: row.id, action: 'request.submitted' },
    });
    expect(JSON.parse(audit.details ?? '{}')).toMatchObject({
      receiptSource: 'email_date',
      emailDateHeader: '2026-12-03T14:45:00.000Z',
      emailForwardedAt: '2026-12-07T06:30:00.000Z',
    });
  });

  it('when an auditor or nobody tries to log a request, it is refused', async () => {
    const byAuditor = await post(
      '/api/console/requests',
      form(letterPayload(uniqueTag())),
      auditor.cookie,
    );
    expect(byAuditor.status).toBe(403);
    const anonymous = await post('/api/console/requests', form(letterPayload(uniqueTag())), '');
    expect(anonymous.status).toBe(401);
  });
});
