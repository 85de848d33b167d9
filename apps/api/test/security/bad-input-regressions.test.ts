// The inputs fuzz-write-routes.test.ts found answering 500, pinned as plain
// examples: each is the caller's mistake and gets a localised 4xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { submitRequestAs } from '../support/portal-requests';
import { signUpSubject, type PortalSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

describe.each(testProviders)('bad input found by fuzzing, on %s', (provider) => {
  let app: TestApp;
  let subject: PortalSubject;
  let admin: SignedInStaff;
  let requestId: string;
  beforeAll(async () => {
    app = await startTestApp(provider);
    subject = await signUpSubject(app);
    admin = await signInStaff(app, 'admin');
    requestId = (await submitRequestAs(app, subject)).id;
  });
  afterAll(() => app.close());

  async function send(
    path: string,
    init: { headers?: Record<string, string>; body?: string; cookie?: string } = {},
  ) {
    const res = await fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-requested-with': 'oikeus',
        'accept-language': 'sv',
        cookie: init.cookie ?? subject.cookie,
        ...init.headers,
      },
      body: init.body ?? '{}',
    });
    return { status: res.status, body: (await res.json()) as { error: { code: string } } };
  }

  it('when the Origin header is not a URL, the write is refused as cross-site (403), not a crash', async () => {
    for (const origin of ['::::', 'http://', 'x']) {
      const res = await send('/api/auth/sign-out', { headers: { origin } });
      expect(res).toEqual({
        status: 403,
        body: { error: expect.objectContaining({ code: 'FORBIDDEN' }) },
      });
    }
  });

  it('when the body claims a compression it does not have, the answer is 400', async () => {
    for (const encoding of ['gzip', 'br', 'deflate']) {
      const res = await send('/api/requests', { headers: { 'content-encoding': encoding } });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('when a path id is not valid percent-encoding, the answer is 404', async () => {
    const res = await send(`/api/requests/%E0%A4%A/withdraw`, { body: '{"version":1}' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('when a message is a malformed form (no boundary, too many parts, unnamed part), the answer is 400', async () => {
    const path = `/api/requests/${requestId}/messages`;
    const part = '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n';
    const cases: Array<[string, string]> = [
      ['multipart/form-data', ''],
      ['multipart/form-data; boundary=xyz', `${part.repeat(8)}--xyz--\r\n`],
      [
        'multipart/form-data; boundary=xyz',
        '--xyz\r\nContent-Disposition: form-data\r\n\r\nx\r\n--xyz--\r\n',
      ],
      ['multipart/form-data; boundary=xyz', '--xyz\r\n\r\n'],
    ];
    for (const [contentType, body] of cases) {
      const res = await send(path, { headers: { 'content-type': contentType }, body });
      expect(res.status, `${contentType} ${JSON.stringify(body)}`).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('when text holds a NUL character (PostgreSQL cannot store it), the answer is 400 and nothing is stored', async () => {
    const mine = { where: { reviewedById: admin.id } };
    const before = await app.ctx.db.prisma.registerReview.count(mine);
    const res = await send('/api/console/register-reviews', {
      cookie: admin.cookie,
      body: JSON.stringify({ registerId: 'customer', notes: 'tarkastettu\u0000' }),
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: expect.any(String),
        details: [{ path: 'notes', message: 'Texten innehåller ett tecken som inte kan sparas.' }],
      },
    });
    expect(await app.ctx.db.prisma.registerReview.count(mine)).toBe(before);
  });
});

// Issue #20 point 10: values SQLite stores but PostgreSQL refuses (a 32-bit
// integer overflow, year 0) are stopped by the contracts with a localised 400.
describe.each(testProviders)('values out of the database range, on %s', (provider) => {
  let app: TestApp;
  let subject: PortalSubject;
  let auditor: SignedInStaff;
  let handler: SignedInStaff;
  let requestId: string;
  beforeAll(async () => {
    app = await startTestApp(provider);
    subject = await signUpSubject(app);
    auditor = await signInStaff(app, 'auditor');
    handler = await signInStaff(app, 'handler');
    requestId = (await submitRequestAs(app, subject)).id;
  });
  afterAll(() => app.close());

  it('when the audit cursor is beyond a 32-bit integer, the answer is 400 with a localised message', async () => {
    const res = await fetch(`${app.url}/api/console/audit?before=2147483648`, {
      headers: { cookie: auditor.cookie, 'accept-language': 'fi' },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { message: string }[] } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details[0]!.message).toBe('Luku on liian suuri.');
    const last = await fetch(`${app.url}/api/console/audit?before=2147483647`, {
      headers: { cookie: auditor.cookie },
    });
    expect(last.status).toBe(200);
  });

  it('when a recipient notice is dated 0000-01-01 or a version overflows, the answer is 400, not 500', async () => {
    const post = (body: unknown) =>
      fetch(`${app.url}/api/console/requests/${requestId}/recipient-notices`, {
        method: 'POST',
        headers: {
          cookie: handler.cookie,
          'content-type': 'application/json',
          'x-requested-with': 'oikeus',
          'accept-language': 'sv',
        },
        body: JSON.stringify(body),
      });
    const notice = { version: 1, recipientName: 'Posti Oy', method: 'email' };
    for (const notifiedAt of ['0000-01-01T00:00:00Z', '1899-12-31T23:59:59+02:00']) {
      const res = await post({ ...notice, notifiedAt });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { details: { message: string }[] } };
      expect(body.error.details[0]!.message).toBe('Datumet måste ligga mellan åren 1900 och 9999.');
    }
    const overflow = await post({
      ...notice,
      version: 2_147_483_648,
      notifiedAt: '2026-03-02T09:00:00Z',
    });
    expect(overflow.status).toBe(400);
  });
});
