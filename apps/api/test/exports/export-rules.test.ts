// Who may compile and release what, when, and the published schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportJsonSchema } from '@oikeus/contracts';
import { EXPORT_SETTINGS_KEY } from '../../src/config/export-settings';
import { repoRoot } from '../../src/paths';
import {
  callConsole,
  signInStaff,
  subjectCookie,
  type SignedInStaff,
} from '../support/console-sign-in';
import {
  compileAs,
  createRegisterRecords,
  personValues,
  prepareExportRequest,
  releaseAs,
} from '../support/exports-factories';
import { callApi, signUpSubject } from '../support/portal-sign-in';
import { submitRequestAs } from '../support/portal-requests';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const now = new Date('2026-03-02T09:00:00Z');

describe.each(testProviders)('export rules on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  let auditor: SignedInStaff;

  beforeAll(async () => {
    app = await startTestApp(provider, { now });
    handler = await signInStaff(app, 'handler');
    auditor = await signInStaff(app, 'auditor');
  });
  afterAll(() => app.close());

  async function startedAccessRequest() {
    const person = personValues();
    const records = await createRegisterRecords(app, { person });
    const subject = await signUpSubject(app, { email: person.email });
    const request = await prepareExportRequest(
      app,
      handler,
      subject,
      { type: 'access', registers: ['customer'] },
      { customerIds: [records.customerId] },
    );
    return { subject, request };
  }

  it('when the request has not been started, nothing is compiled', async () => {
    const subject = await signUpSubject(app);
    const request = await submitRequestAs(app, subject, {
      type: 'access',
      registers: ['customer'],
    });
    const res = await callConsole<{ error: { code: string; message: string } }>(
      app,
      'POST',
      `/api/console/requests/${request.id}/exports`,
      { cookie: handler.cookie, body: {}, locale: 'en' },
    );
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ILLEGAL_TRANSITION');
    expect(res.body.error.message).toContain('Start work on the request');
    expect(await app.ctx.db.prisma.export.count({ where: { requestId: request.id } })).toBe(0);
  });

  it('when the request is not about access or portability, or the kind does not match, it is a 400', async () => {
    const subject = await signUpSubject(app);
    const erasure = await prepareExportRequest(
      app,
      handler,
      subject,
      { type: 'erasure', registers: ['customer'] },
      {},
    );
    const wrongType = await callConsole(
      app,
      'POST',
      `/api/console/requests/${erasure.id}/exports`,
      {
        cookie: handler.cookie,
        body: {},
      },
    );
    expect(wrongType.status).toBe(400);
    const { request } = await startedAccessRequest();
    const wrongKind = await callConsole(
      app,
      'POST',
      `/api/console/requests/${request.id}/exports`,
      {
        cookie: handler.cookie,
        body: { kind: 'portability' },
      },
    );
    expect(wrongKind.status).toBe(400);
    const badKind = await callConsole(app, 'POST', `/api/console/requests/${request.id}/exports`, {
      cookie: handler.cookie,
      body: { kind: 'everything' },
    });
    expect(badKind.status).toBe(400);
  });

  it('when an auditor or a subject tries to compile, preview or release, they are refused; an auditor may list', async () => {
    const { request } = await startedAccessRequest();
    const compiled = await compileAs(app, handler, request.id);
    const base = `/api/console/requests/${request.id}/exports`;
    const subject = await subjectCookie(app);
    for (const cookie of [auditor.cookie, subject]) {
      const expected = cookie === subject ? 401 : 403;
      expect((await callConsole(app, 'POST', base, { cookie, body: {} })).status).toBe(expected);
      expect(
        (await callConsole(app, 'GET', `${base}/${compiled.id}/preview`, { cookie })).status,
      ).toBe(expected);
      expect(
        (await callConsole(app, 'GET', `${base}/${compiled.id}/report.html`, { cookie })).status,
      ).toBe(expected);
      expect(
        (await callConsole(app, 'POST', `${base}/${compiled.id}/release`, { cookie, body: {} }))
          .status,
      ).toBe(expected);
    }
    const listed = await callConsole<{ exports: Array<{ id: string; status: string }> }>(
      app,
      'GET',
      base,
      {
        cookie: auditor.cookie,
      },
    );
    expect(listed.status).toBe(200);
    expect(listed.body.exports).toEqual([
      expect.objectContaining({ id: compiled.id, status: 'ready' }),
    ]);
  });

  it('when the report is opened as a page, it may only show its own style and is sandboxed', async () => {
    const { request } = await startedAccessRequest();
    const compiled = await compileAs(app, handler, request.id);
    const res = await fetch(
      `${app.url}/api/console/requests/${request.id}/exports/${compiled.id}/report.html`,
      { headers: { cookie: handler.cookie } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; .*sandbox/);
    expect(await res.text()).toContain('<html lang="fi">');
  });

  it('when the subject withdraws before release, the package can no longer be released', async () => {
    const { subject, request } = await startedAccessRequest();
    const compiled = await compileAs(app, handler, request.id);
    const current = await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
      where: { id: request.id },
    });
    const withdrawn = await callApi(app, 'POST', `/api/requests/${request.id}/withdraw`, {
      headers: subject.headers,
      body: { version: current.version },
    });
    expect(withdrawn.status).toBe(200);
    const res = await callConsole(
      app,
      'POST',
      `/api/console/requests/${request.id}/exports/${compiled.id}/release`,
      {
        cookie: handler.cookie,
        body: {},
      },
    );
    expect(res.status).toBe(409);
    expect(
      await app.ctx.db.prisma.outboxMessage.count({
        where: { requestId: request.id, template: 'result_ready' },
      }),
    ).toBe(0);
  });

  it('when the export id is unknown or belongs to another request, release answers 404', async () => {
    const first = await startedAccessRequest();
    const second = await startedAccessRequest();
    const compiled = await compileAs(app, handler, first.request.id);
    for (const url of [
      `/api/console/requests/${first.request.id}/exports/${randomUUID()}/release`,
      `/api/console/requests/${second.request.id}/exports/${compiled.id}/release`,
    ]) {
      expect(
        (await callConsole(app, 'POST', url, { cookie: handler.cookie, body: {} })).status,
      ).toBe(404);
    }
  });

  it('when the published schema is fetched, it is the committed file, generated from the contract schemas', async () => {
    const res = await fetch(`${app.url}/api/exports/schema.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/schema+json');
    const committed = readFileSync(
      path.join(repoRoot, 'schemas', 'oikeus-export.schema.json'),
      'utf8',
    );
    expect(await res.text()).toBe(committed);
    // Regenerate with: pnpm --filter @oikeus/api exec tsx src/features/exports/export-json-schema.ts
    expect(JSON.parse(committed)).toEqual(buildExportJsonSchema());
  });
});

// The setting is one row shared by every test on PostgreSQL, so it is changed only in a private SQLite file.
describe('the download period setting on sqlite', () => {
  let app: TestApp;
  let handler: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp('sqlite', { now });
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  it('when an admin set export_settings to 14 days, a release without expiresInDays lasts 14 days', async () => {
    await app.ctx.db.prisma.setting.create({
      data: { key: EXPORT_SETTINGS_KEY, value: JSON.stringify({ downloadDays: 14 }) },
    });
    const person = personValues();
    const records = await createRegisterRecords(app, { person });
    const subject = await signUpSubject(app, { email: person.email });
    const request = await prepareExportRequest(
      app,
      handler,
      subject,
      { type: 'access', registers: ['customer'] },
      { customerIds: [records.customerId] },
    );
    const compiled = await compileAs(app, handler, request.id);
    const released = await releaseAs(app, handler, request.id, compiled.id);
    expect(released.expiresAt).toBe(new Date(now.getTime() + 14 * 86_400_000).toISOString());
  });
});
