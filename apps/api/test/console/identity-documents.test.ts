// Issue #16: identity documents are not kept once identity is verified. The
// handler's note of what was checked stays; the file sent as the identity
// answer is deleted, and both the subject and the handler see that it was
// deleted — never a broken link (EDPB Guidelines 01/2022 §§ 73–75; the notice).
import type { ConsoleRequestDetail, SubjectMessage } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { getRequestAs, submitRequestAs } from '../support/portal-requests';
import {
  callApi,
  signInSubject,
  signUpSubject,
  type PortalSubject,
} from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const now = new Date('2026-03-02T09:00:00Z');
const verifiedAt = new Date('2026-03-03T10:00:00Z');
const png = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');

describe.each(testProviders)('identity documents on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  let subject: PortalSubject;
  let requestId = '';
  let passport: SubjectMessage['attachments'][number];
  let evidence: SubjectMessage['attachments'][number];
  const note = 'Passin kuva vastasi nimeä ja osoitetta; kopiota ei säilytetty.';

  async function post(
    body: string,
    file: { name: string; type: string; bytes: Uint8Array },
    isIdentityAnswer: boolean,
  ) {
    const data = new FormData();
    data.append('body', body);
    data.append('isIdentityAnswer', String(isIdentityAnswer));
    data.append('file', new Blob([file.bytes], { type: file.type }), file.name);
    const res = await callApi<{ message: SubjectMessage }>(
      app,
      'POST',
      `/api/requests/${requestId}/messages`,
      { headers: subject.headers, rawBody: data },
    );
    expect(res.status).toBe(201);
    return res.body.message.attachments[0]!;
  }

  async function version(): Promise<number> {
    const row = await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { version: true },
    });
    return row.version;
  }

  beforeAll(async () => {
    app = await startTestApp(provider, { now });
    handler = await signInStaff(app, 'handler');
    subject = await signUpSubject(app, { locale: 'fi' });
    const request = await submitRequestAs(app, subject, {
      type: 'rectification',
      registers: ['customer'],
      items: [{ field: 'street_address', currentValue: 'Vanhatie 1', correctValue: 'Uusitie 2' }],
    });
    requestId = request.id;
    // Evidence for the correction, sent as an ordinary message: not an identity document.
    evidence = await post(
      'Muuttoilmoitus liitteenä.',
      { name: 'muuttoilmoitus.pdf', type: 'application/pdf', bytes: pdf },
      false,
    );
    const asked = await callConsole(
      app,
      'POST',
      `/api/console/requests/${requestId}/request-identity-info`,
      {
        cookie: handler.cookie,
        body: { version: await version(), question: 'Lähetäthän kuvan passistasi.' },
      },
    );
    expect(asked.status).toBe(200);
    passport = await post(
      'Tässä passini.',
      { name: 'passi.png', type: 'image/png', bytes: png },
      true,
    );

    app.clock.set(verifiedAt);
    // The next day: both sign in again.
    handler = await signInStaff(app, 'handler');
    subject = await signInSubject(app, subject.email);
    const verified = await callConsole(
      app,
      'POST',
      `/api/console/requests/${requestId}/verify-identity`,
      {
        cookie: handler.cookie,
        body: { version: await version(), note },
      },
    );
    expect(verified.status).toBe(200);
  });
  afterAll(() => app.close());

  it('when the handler verifies identity, the file sent as the identity answer is gone from the database while the note of what was checked stays', async () => {
    const row = await app.ctx.db.prisma.attachment.findUniqueOrThrow({
      where: { id: passport.id },
    });
    expect(row.content).toHaveLength(0);
    expect(row.deletedAt?.toISOString()).toBe(verifiedAt.toISOString());
    expect(row.deletedReason).toBe('identity_verified');
    const request = await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
      where: { id: requestId },
    });
    expect(request.identityNote).toBe(note);
    expect(request.identityVerifiedAt?.toISOString()).toBe(verifiedAt.toISOString());
    const audit = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { requestId, action: 'request.identity_verified' },
    });
    expect(JSON.parse(audit.details ?? '{}')).toMatchObject({
      note,
      attachmentsDeleted: [passport.id],
    });
  });

  it('when the subject opens the request, the message says the file was deleted once identity was confirmed, and its old download link answers 404', async () => {
    const detail = await getRequestAs(app, subject, requestId);
    const files = detail.messages.flatMap((m) => m.attachments);
    expect(files.find((f) => f.id === passport.id)).toMatchObject({
      fileName: 'passi.png',
      deletedAt: verifiedAt.toISOString(),
      deletedReason: 'identity_verified',
    });
    const res = await callApi(app, 'GET', `/api/requests/${requestId}/attachments/${passport.id}`, {
      headers: subject.headers,
    });
    expect(res.status).toBe(404);
  });

  it('when the handler opens the request, the file shows as deleted and cannot be opened, while the evidence sent as an ordinary message is still there', async () => {
    const detail = await callConsole<ConsoleRequestDetail>(
      app,
      'GET',
      `/api/console/requests/${requestId}`,
      {
        cookie: handler.cookie,
      },
    );
    expect(detail.status).toBe(200);
    const files = detail.body.messages.flatMap((m) => m.attachments);
    expect(files.find((f) => f.id === passport.id)).toMatchObject({
      deletedAt: verifiedAt.toISOString(),
      deletedReason: 'identity_verified',
    });
    expect(files.find((f) => f.id === evidence.id)).toMatchObject({
      deletedAt: null,
      deletedReason: null,
    });
    const open = (id: string) =>
      fetch(`${app.url}/api/console/requests/${requestId}/attachments/${id}`, {
        headers: { cookie: handler.cookie },
      });
    expect((await open(passport.id)).status).toBe(404);
    const evidenceFile = await open(evidence.id);
    expect(evidenceFile.status).toBe(200);
    expect(new Uint8Array(await evidenceFile.arrayBuffer())).toEqual(pdf);
  });
});
