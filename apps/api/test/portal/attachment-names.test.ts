// Issue #20 point 6: an uploaded file is stored, served and packed under a
// name whose extension comes from its detected type. A PDF-magic polyglot
// called `identity-card.html` must never download or unzip as a web page,
// and bidi/control characters never reach a file name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubjectMessage } from '@oikeus/contracts';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { compileAs, prepareExportRequest, releaseAs } from '../support/exports-factories';
import { download, listOwnExports, readPackage } from '../support/exports-zip';
import { callApi, signUpSubject, type PortalSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

/** Starts with the PDF magic, then HTML with a script: a browser sniffing it as HTML would run it. */
const polyglot = new TextEncoder().encode(
  '%PDF-1.4\n<html><body><script>document.title="owned"</script></body></html>\n%%EOF\n',
);
const png = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

const uploads = [
  {
    name: 'identity-card.html',
    type: 'application/pdf',
    bytes: polyglot,
    stored: 'identity-card.pdf',
  },
  { name: 'scan.pdf.exe', type: 'application/pdf', bytes: polyglot, stored: 'scan_pdf.pdf' },
  { name: 'photo.svg', type: 'image/png', bytes: png, stored: 'photo.png' },
  {
    name: 'invoice\u202Efdp.exe',
    type: 'application/pdf',
    bytes: polyglot,
    stored: 'invoicefdp.pdf',
  },
];

/** The file name a browser would save the download under. */
function downloadName(res: Response): string | null {
  const header = res.headers.get('content-disposition') ?? '';
  expect(header).toMatch(/^attachment;/);
  return /filename="?([^";]+)"?/.exec(header)?.[1] ?? null;
}

describe.each(testProviders)('uploaded file names on %s', (provider) => {
  let app: TestApp;
  let subject: PortalSubject;
  let handler: SignedInStaff;
  let requestId: string;
  const posted: Array<{ id: string; fileName: string }> = [];

  beforeAll(async () => {
    app = await startTestApp(provider);
    handler = await signInStaff(app, 'handler');
    subject = await signUpSubject(app, { locale: 'en' });
    const request = await prepareExportRequest(
      app,
      handler,
      subject,
      { type: 'access', registers: ['customer'] },
      {},
    );
    requestId = request.id;
    for (const upload of uploads) {
      const data = new FormData();
      data.append('body', `Attached ${upload.stored}`);
      data.append('file', new Blob([upload.bytes], { type: upload.type }), upload.name);
      const res = await callApi<{ message: SubjectMessage }>(
        app,
        'POST',
        `/api/requests/${requestId}/messages`,
        { headers: subject.headers, rawBody: data },
      );
      expect(res.status).toBe(201);
      posted.push(res.body.message.attachments[0]!);
    }
  });
  afterAll(() => app.close());

  it('when a file is uploaded under a misleading name, it is stored under its detected type with no bidi or control characters', async () => {
    expect(posted.map((a) => a.fileName)).toEqual(uploads.map((u) => u.stored));
    const stored = await app.ctx.db.prisma.attachment.findMany({
      where: { requestId },
      select: { fileName: true },
    });
    for (const { fileName } of stored) {
      expect(fileName).toMatch(/\.(pdf|png|jpg)$/);
      expect(fileName).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    }
  });

  it('when the subject or the handler downloads it, the name ends in the detected type and the browser may not sniff or run it', async () => {
    for (const [i, attachment] of posted.entries()) {
      const own = await fetch(`${app.url}/api/requests/${requestId}/attachments/${attachment.id}`, {
        headers: subject.headers,
      });
      const staff = await fetch(
        `${app.url}/api/console/requests/${requestId}/attachments/${attachment.id}`,
        { headers: { cookie: handler.cookie } },
      );
      for (const res of [own, staff]) {
        expect(res.status).toBe(200);
        expect(downloadName(res)).toBe(uploads[i]!.stored);
        expect(res.headers.get('content-type')).toMatch(/^(application\/pdf|image\/png)/);
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      }
    }
  });

  it('when an older row still carries an .html name, it is served and packed as .pdf all the same', async () => {
    // Written before this rule existed (the database is not migrated).
    await app.ctx.db.prisma.attachment.update({
      where: { id: posted[0]!.id },
      data: { fileName: 'identity-card.html' },
    });
    const res = await fetch(`${app.url}/api/requests/${requestId}/attachments/${posted[0]!.id}`, {
      headers: subject.headers,
    });
    expect(downloadName(res)).toBe('identity-card.pdf');
  });

  it('when the access copy is exported, every attachment in the zip ends in its detected type', async () => {
    const compiled = await compileAs(app, handler, requestId);
    // No identity check or register records here: the copy holds the portal's own records (issue #17 override).
    await releaseAs(app, handler, requestId, compiled.id, {
      override: { reason: 'Nothing in the registers; the copy holds the portal records.' },
    });
    const listed = await listOwnExports(app, subject, requestId);
    const zip = await download(app, listed[0]!.downloadUrl!, subject.headers);
    expect(zip.status).toBe(200);
    const pkg = await readPackage(zip.body);
    const files = [...pkg.files.keys()].filter((name) => name.startsWith('attachments/'));
    expect(files).toHaveLength(uploads.length);
    for (const name of files)
      expect(name).toMatch(/^attachments\/[0-9a-f-]{36}-[\w.-]+\.(pdf|png)$/);
    expect(files.some((name) => /html|exe|svg/.test(name.replace(/_pdf\.pdf$/, '')))).toBe(false);
    const listedNames = JSON.stringify(pkg.data).match(/"fileName":"[^"]*"/g) ?? [];
    expect(listedNames.length).toBeGreaterThan(0);
    for (const entry of listedNames) expect(entry).toMatch(/\.(pdf|png)"$/);
    const detail = await callConsole(app, 'GET', `/api/console/requests/${requestId}`, {
      cookie: handler.cookie,
    });
    expect(JSON.stringify(detail.body)).not.toContain('\u202E');
  });
});
