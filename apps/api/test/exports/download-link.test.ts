// Downloads are signed, expiring and require the subject's session (DESIGN.md):
// every way around one of the three is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubjectExport } from '@oikeus/contracts';
import { signExportDownload } from '../../src/features/exports/export-download-signature';
import { signInStaff, type SignedInStaff } from '../support/console-sign-in';
import {
  compileAs,
  createRegisterRecords,
  personValues,
  prepareExportRequest,
  releaseAs,
} from '../support/exports-factories';
import { download, listOwnExports, sha256 } from '../support/exports-zip';
import {
  anonymousHeaders,
  callApi,
  randomClientIp,
  signInSubject,
  signUpSubject,
  type PortalSubject,
} from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const now = new Date('2026-03-02T09:00:00Z');

describe.each(testProviders)('the signed download link on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  let owner: PortalSubject;
  let other: PortalSubject;
  let requestId = '';
  let exportId = '';
  let sha = '';
  let link: SubjectExport;

  beforeAll(async () => {
    app = await startTestApp(provider, { now });
    handler = await signInStaff(app, 'handler');
    const person = personValues();
    const records = await createRegisterRecords(app, { person });
    owner = await signUpSubject(app, {
      email: person.email,
      name: `${person.firstName} ${person.lastName}`,
    });
    other = await signUpSubject(app, { name: 'Toinen Henkilö' });
    const request = await prepareExportRequest(
      app,
      handler,
      owner,
      { type: 'access', registers: ['customer'] },
      { customerIds: [records.customerId] },
    );
    requestId = request.id;
    const compiled = await compileAs(app, handler, requestId);
    exportId = compiled.id;
    sha = compiled.sha256 ?? '';
    await releaseAs(app, handler, requestId, exportId, { expiresInDays: 7 });
    const listed = await listOwnExports(app, owner, requestId);
    link = listed[0] as SubjectExport;
  });
  afterAll(() => app.close());

  const downloads = () =>
    app.ctx.db.prisma.export.findUniqueOrThrow({
      where: { id: exportId },
      select: { downloadCount: true },
    });

  it('when the owner follows the link with their session, the zip arrives', async () => {
    expect(link.expiresAt).toBe(new Date(now.getTime() + 7 * 86_400_000).toISOString());
    expect(link.downloadUrlExpiresAt).toBe(new Date(now.getTime() + 15 * 60_000).toISOString());
    const res = await download(app, link.downloadUrl, owner.headers);
    expect(res.status).toBe(200);
    expect(sha256(res.body)).toBe(sha);
  });

  it('when there is no session, the link alone opens nothing', async () => {
    const before = await downloads();
    const res = await download(app, link.downloadUrl, anonymousHeaders(randomClientIp()));
    expect(res.status).toBe(401);
    expect(await downloads()).toEqual(before);
  });

  it('when another signed-in subject uses the owner’s link, it is refused', async () => {
    const res = await download(app, link.downloadUrl, other.headers);
    expect(res.status).toBe(403);
    expect(res.body.toString()).not.toContain('PK');
    const list = await callApi(app, 'GET', `/api/requests/${requestId}/exports`, {
      headers: other.headers,
    });
    expect(list.status).toBe(404);
  });

  it('when another subject signs a link for themselves to the owner’s export, the export is not found', async () => {
    const forged = signExportDownload(
      app.ctx.secret,
      { exportId, accountId: other.accountId },
      new Date(now.getTime() + 60_000),
    );
    const res = await download(
      app,
      `/api/requests/${requestId}/exports/${exportId}/download?sig=${forged}`,
      other.headers,
    );
    expect(res.status).toBe(404);
  });

  it('when the signature is tampered with or missing, it is refused', async () => {
    const url = new URL(link.downloadUrl, 'http://x');
    const sig = url.searchParams.get('sig') ?? '';
    const [expiry, mac] = sig.split('.');
    const flipped = `${expiry}.${mac?.slice(0, -1)}${mac?.endsWith('A') ? 'B' : 'A'}`;
    const later = `${Number(expiry) + 3600}.${mac}`;
    for (const bad of [flipped, later]) {
      const res = await download(
        app,
        `${url.pathname}?sig=${encodeURIComponent(bad)}`,
        owner.headers,
      );
      expect(res.status, bad).toBe(403);
    }
    const none = await download(app, url.pathname, owner.headers);
    expect(none.status).toBe(403);
    const otherExport = link.downloadUrl.replace(exportId, crypto.randomUUID());
    expect((await download(app, otherExport, owner.headers)).status).toBe(403);
  });

  it('when the link is older than 15 minutes it has expired, and listing again gives a working one', async () => {
    app.clock.set(new Date(now.getTime() + 16 * 60_000));
    const stale = await download(app, link.downloadUrl, {
      ...owner.headers,
      'accept-language': 'en',
    });
    expect(stale.status).toBe(403);
    expect(JSON.parse(stale.body.toString()).error.message).toContain('expired');
    const fresh = (await listOwnExports(app, owner, requestId))[0];
    const res = await download(app, fresh?.downloadUrl ?? '', owner.headers);
    expect(res.status).toBe(200);
  });

  it('each started download is counted and audited with the subject as actor', async () => {
    const row = await downloads();
    expect(row.downloadCount).toBe(2);
    const audited = await app.ctx.db.prisma.auditEntry.count({
      where: {
        requestId,
        action: 'export.downloaded',
        actorType: 'subject',
        actorId: owner.accountId,
      },
    });
    expect(audited).toBe(2);
  });

  it('when the package has expired, it is no longer listed and a correctly signed link finds nothing', async () => {
    const afterExpiry = new Date(now.getTime() + 7 * 86_400_000 + 1000);
    app.clock.set(afterExpiry);
    // A week on, the old session has ended too: sign in again.
    owner = await signInSubject(app, owner.email);
    expect(await listOwnExports(app, owner, requestId)).toEqual([]);
    const sig = signExportDownload(
      app.ctx.secret,
      { exportId, accountId: owner.accountId },
      new Date(afterExpiry.getTime() + 60_000),
    );
    const res = await download(
      app,
      `/api/requests/${requestId}/exports/${exportId}/download?sig=${sig}`,
      owner.headers,
    );
    expect(res.status).toBe(404);
  });
});
