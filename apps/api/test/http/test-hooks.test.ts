// The end-to-end suite's hooks under /api/test (TEST_CLOCK=true only): a staff
// member made through them is signed in with the staff-session module's own
// cookie, one worker pass queues due reminders and sends the outbox at the app
// clock, and no production app can ever mount them (GDPR Art. 32(1)(b)).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadEnv } from '../../src/config/env';
import { STAFF_SESSION_COOKIE } from '../../src/features/staff/staff-session';
import { TestHooksInProductionError } from '../../src/http/test-hooks-router';
import { createAccount, createRightsRequest, createStaffUser } from '../support/mail-factories';
import {
  createMailTestDatabase,
  startMailTestApp,
  type MailTestDatabase,
} from '../support/mail-test-app';
import { anonymousHeaders, callApi, randomClientIp } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const hookPaths = ['/api/test/staff-users', '/api/test/staff-session', '/api/test/worker-pass'];

function staffEmail(): string {
  return `e2e.${randomBytes(5).toString('hex')}@inope.fi`;
}

describe.each(testProviders)('test hooks on %s', (provider) => {
  let database: MailTestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    // A database of its own: a worker pass sends every due mail in the database it runs on.
    database = await createMailTestDatabase(provider);
    app = await startMailTestApp({
      provider,
      now: new Date('2026-03-05T07:00:00Z'),
      ...(database.url ? { databaseUrl: database.url } : {}),
      env: { TEST_CLOCK: 'true' },
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  function post<T>(path: string, body: unknown, headers: Record<string, string> = {}) {
    return callApi<T>(app, 'POST', path, {
      headers: { ...anonymousHeaders(randomClientIp()), ...headers },
      body,
    });
  }

  it('when a staff member is made through the hook, the session hook opens the console for them', async () => {
    const email = staffEmail();
    const created = await post<{ staff: { id: string; role: string } }>('/api/test/staff-users', {
      email,
      name: 'Eetu Päästä-päähän',
      role: 'admin',
      locale: 'sv',
    });
    expect(created.status).toBe(201);
    expect(created.body.staff.role).toBe('admin');
    const stored = await app.ctx.db.prisma.staffUser.findUniqueOrThrow({ where: { email } });
    expect(stored.totpEnabledAt).not.toBeNull();
    expect(stored.locale).toBe('sv');

    const session = await post<{ staff: { id: string }; expiresAt: string }>(
      '/api/test/staff-session',
      { email: email.toUpperCase() },
    );
    expect(session.status).toBe(200);
    expect(session.body.staff.id).toBe(created.body.staff.id);
    const cookie = session.headers
      .getSetCookie()
      .map((header) => header.split(';')[0] ?? '')
      .find((pair) => pair.startsWith(`${STAFF_SESSION_COOKIE}=`));
    expect(cookie).toBeDefined();

    const me = await callApi<{ staff: { email: string; role: string } }>(
      app,
      'GET',
      '/api/staff/auth/session',
      { headers: { ...anonymousHeaders(randomClientIp()), cookie: cookie ?? '' } },
    );
    expect(me.status).toBe(200);
    expect(me.body.staff).toMatchObject({ email, role: 'admin' });
  });

  it('when the email names no enrolled, active staff member, the session hook answers 404 and sets no cookie', async () => {
    const unknown = await post('/api/test/staff-session', { email: staffEmail() });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.getSetCookie()).toEqual([]);

    // A staff member who never enrolled TOTP cannot be signed in through the hook either.
    const email = staffEmail();
    await createStaffUser(app.ctx, { email });
    expect((await post('/api/test/staff-session', { email })).status).toBe(404);
  });

  it('when a hook is given a bad body, it answers 400 in the caller’s language and creates nobody', async () => {
    const email = staffEmail();
    const res = await post<{ error: { code: string; details: Array<{ path: string }> } }>(
      '/api/test/staff-users',
      { email, name: 'Rooliton', role: 'owner' },
      { 'accept-language': 'sv' },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details.map((d) => d.path)).toContain('role');
    expect(await app.ctx.db.prisma.staffUser.count({ where: { email } })).toBe(0);
    const badEmail = await post<{ error: { details: Array<{ path: string; message: string }> } }>(
      '/api/test/staff-session',
      { email: 'not an email' },
      { 'accept-language': 'sv' },
    );
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.details).toContainEqual({
      path: 'email',
      message: 'Ange e-postadressen i formen namn@exempel.fi.',
    });
  });

  it('when a reminder falls due at the app clock, one worker pass queues it and sends it, and a second pass sends nothing new', async () => {
    const email = staffEmail();
    const created = await post<{ staff: { id: string } }>('/api/test/staff-users', {
      email,
      name: 'Muistutettava Käsittelijä',
      role: 'handler',
    });
    const account = await createAccount(app.ctx);
    // Received on 4 February: the one-month deadline (4 March) has passed on 5 March.
    await createRightsRequest(app.ctx, {
      accountId: account.id,
      receivedAt: new Date('2026-02-04T08:00:00Z'),
      assigneeId: created.body.staff.id,
    });

    const first = await post<{
      reminders: { queued: number };
      outbox: { sent: number };
    }>('/api/test/worker-pass', {});
    expect(first.status).toBe(200);
    expect(first.body.reminders.queued).toBeGreaterThan(0);
    expect(first.body.outbox.sent).toBeGreaterThan(0);
    const delivered = await app.ctx.db.prisma.localMail.count({ where: { toAddress: email } });
    expect(delivered).toBeGreaterThan(0);

    const second = await post<{ reminders: { queued: number }; outbox: { sent: number } }>(
      '/api/test/worker-pass',
      {},
    );
    expect(second.body.reminders.queued).toBe(0);
    expect(second.body.outbox.sent).toBe(0);
    expect(await app.ctx.db.prisma.localMail.count({ where: { toAddress: email } })).toBe(
      delivered,
    );
  });
});

describe('test hooks and production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('sqlite');
  });
  afterAll(() => app.close());

  it('when TEST_CLOCK is set with NODE_ENV=production, start-up refuses', () => {
    expect(() =>
      loadEnv({
        NODE_ENV: 'production',
        SESSION_SECRET: 'production-secret-production-secret-0123',
        MAIL_TRANSPORT: 'smtp',
        SMTP_URL: 'smtps://mail.example.fi:465',
        TEST_CLOCK: 'true',
      }),
    ).toThrow(/TEST_CLOCK: must not be enabled in production/);
  });

  it('when a production app is built with TEST_CLOCK forced on past loadEnv, building it fails', () => {
    expect(() =>
      createApp({ ...app.ctx, env: { ...app.ctx.env, NODE_ENV: 'production', TEST_CLOCK: true } }),
    ).toThrow(TestHooksInProductionError);
  });

  it('when TEST_CLOCK is off (as production requires), no hook is mounted', async () => {
    for (const path of hookPaths) {
      const res = await callApi(app, 'POST', path, {
        headers: anonymousHeaders(randomClientIp()),
        body: { email: 'someone@inope.fi', name: 'Joku', role: 'admin' },
      });
      expect(res.status, path).toBe(404);
      expect(res.headers.getSetCookie(), path).toEqual([]);
    }
    expect(await app.ctx.db.prisma.staffUser.count({ where: { email: 'someone@inope.fi' } })).toBe(
      0,
    );
  });
});
