// Issue #20 point 1: sessions are server-side records, so signing out, an
// admin's action or a password change ends them at once, and an unused
// console session ends after the idle timeout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callConsole,
  cookieFrom,
  randomIp,
  signInStaff,
  totpAt,
  type SignedInStaff,
} from '../support/console-sign-in';
import { STAFF_SESSION_COOKIE } from '../../src/features/staff/staff-session';
import { callApi, signInSubject, signUpSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

type SessionList = {
  items: Array<{ id: string; isCurrent: boolean; userAgent: string; lastSeenAt: string }>;
  idleTimeoutMinutes: number;
};

/** A second console session of the same staff member, from another browser. */
async function signInAgain(app: TestApp, staff: SignedInStaff, userAgent: string) {
  app.clock.advance(30_000); // a fresh TOTP step: each code signs in once
  const res = await fetch(`${app.url}/api/staff/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-requested-with': 'oikeus',
      'x-forwarded-for': randomIp(),
      'user-agent': userAgent,
    },
    body: JSON.stringify({
      email: staff.email,
      password: staff.password,
      totp: totpAt(app, staff.totpSecret),
    }),
  });
  const cookie = cookieFrom(res, STAFF_SESSION_COOKIE);
  if (res.status !== 200 || !cookie) throw new Error(`sign-in failed: ${res.status}`);
  return cookie;
}

const sessionOf = (app: TestApp, cookie: string) =>
  callConsole(app, 'GET', '/api/staff/auth/session', { cookie });

describe.each(testProviders)('server-side sessions on %s', (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider);
  });
  afterAll(() => app.close());

  it('when a subject signs out, a copy of the old session cookie no longer works', async () => {
    const subject = await signUpSubject(app);
    expect((await callApi(app, 'GET', '/api/auth/me', { headers: subject.headers })).status).toBe(
      200,
    );
    const out = await callApi(app, 'POST', '/api/auth/sign-out', { headers: subject.headers });
    expect(out.status).toBe(204);
    expect((await callApi(app, 'GET', '/api/auth/me', { headers: subject.headers })).status).toBe(
      401,
    );
  });

  it('when a subject signs out on one device, the session on another device goes on', async () => {
    const laptop = await signUpSubject(app);
    const phone = await signInSubject(app, laptop.email);
    await callApi(app, 'POST', '/api/auth/sign-out', { headers: laptop.headers });
    expect((await callApi(app, 'GET', '/api/auth/me', { headers: phone.headers })).status).toBe(
      200,
    );
  });

  it('when staff sign out, a copy of the old console cookie can no longer read the queue', async () => {
    const handler = await signInStaff(app, 'handler');
    expect((await callConsole(app, 'GET', '/api/console/requests', handler)).status).toBe(200);
    expect((await callConsole(app, 'POST', '/api/staff/auth/logout', handler)).status).toBe(200);
    expect((await callConsole(app, 'GET', '/api/console/requests', handler)).status).toBe(401);
  });

  it('when staff list their sessions, they see each browser, the current one marked, and can end another one', async () => {
    const handler = await signInStaff(app, 'handler');
    const other = await signInAgain(app, handler, 'Firefox on the office PC');
    const list = await callConsole<SessionList>(app, 'GET', '/api/staff/auth/sessions', handler);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items.filter((s) => s.isCurrent)).toHaveLength(1);
    expect(list.body.idleTimeoutMinutes).toBe(30);
    const office = list.body.items.find((s) => s.userAgent === 'Firefox on the office PC');
    expect(office?.isCurrent).toBe(false);

    const revoked = await callConsole(
      app,
      'POST',
      `/api/staff/auth/sessions/${office?.id}/revoke`,
      handler,
    );
    expect(revoked.status).toBe(200);
    expect((await sessionOf(app, other)).status).toBe(401);
    expect((await sessionOf(app, handler.cookie)).status).toBe(200);
    const after = await callConsole<SessionList>(app, 'GET', '/api/staff/auth/sessions', handler);
    expect(after.body.items.map((s) => s.isCurrent)).toEqual([true]);
  });

  it("when staff try to end another member's session, the answer is 404 and it goes on", async () => {
    const first = await signInStaff(app, 'handler');
    const second = await signInStaff(app, 'admin');
    const theirs = await callConsole<SessionList>(app, 'GET', '/api/staff/auth/sessions', second);
    const id = theirs.body.items[0]?.id;
    const res = await callConsole(app, 'POST', `/api/staff/auth/sessions/${id}/revoke`, first);
    expect(res.status).toBe(404);
    expect((await sessionOf(app, second.cookie)).status).toBe(200);
  });

  it('when staff sign out everywhere, every console session of theirs ends and others are untouched', async () => {
    const handler = await signInStaff(app, 'handler');
    const other = await signInAgain(app, handler, 'Phone');
    const colleague = await signInStaff(app, 'handler');
    const res = await callConsole(app, 'POST', '/api/staff/auth/sign-out-everywhere', handler);
    expect(res.status).toBe(200);
    expect((await sessionOf(app, handler.cookie)).status).toBe(401);
    expect((await sessionOf(app, other)).status).toBe(401);
    expect((await sessionOf(app, colleague.cookie)).status).toBe(200);
    const audit = await app.ctx.db.prisma.auditEntry.findFirst({
      where: { actorId: handler.id, action: 'staff.signed_out_everywhere' },
    });
    expect(JSON.parse(audit?.details ?? '{}')).toEqual({ sessions: 2 });
  });

  it('when staff change their password, their other sessions end and this one goes on', async () => {
    const handler = await signInStaff(app, 'handler');
    const other = await signInAgain(app, handler, 'Tablet');
    const res = await callConsole(app, 'POST', '/api/staff/auth/password', {
      cookie: handler.cookie,
      body: { currentPassword: handler.password, newPassword: 'lumi sataa hiljaa kuusikkoon' },
    });
    expect(res.status).toBe(200);
    expect((await sessionOf(app, handler.cookie)).status).toBe(200);
    expect((await sessionOf(app, other)).status).toBe(401);
  });

  it('when an admin deactivates a member and later reactivates them, the old session stays ended', async () => {
    const admin = await signInStaff(app, 'admin');
    const handler = await signInStaff(app, 'handler');
    const path = `/api/staff/users/${handler.id}`;
    await callConsole(app, 'PATCH', path, { cookie: admin.cookie, body: { isActive: false } });
    await callConsole(app, 'PATCH', path, { cookie: admin.cookie, body: { isActive: true } });
    expect((await sessionOf(app, handler.cookie)).status).toBe(401);
    expect(
      await app.ctx.db.prisma.staffSession.count({
        where: { staffUserId: handler.id, revokedAt: null },
      }),
    ).toBe(0);
  });

  it('when a console session is unused for longer than the idle timeout, it ends; activity keeps it alive', async () => {
    const idle = await signInStaff(app, 'handler');
    const busy = await signInStaff(app, 'handler');
    for (let i = 0; i < 3; i += 1) {
      app.clock.advance(20 * 60_000);
      expect((await sessionOf(app, busy.cookie)).status).toBe(200);
    }
    // 60 minutes since `idle` was last used (idle timeout 30 minutes), 20 since `busy` was.
    expect((await sessionOf(app, idle.cookie)).status).toBe(401);
    app.clock.advance(9 * 60_000);
    expect((await sessionOf(app, busy.cookie)).status).toBe(200);
  });

  it('when the idle timeout setting is shorter, a session ends after that many minutes', async () => {
    const short = await startTestApp(provider, { env: { STAFF_IDLE_TIMEOUT_MINUTES: '5' } });
    try {
      const handler = await signInStaff(short, 'handler');
      short.clock.advance(4 * 60_000);
      expect((await sessionOf(short, handler.cookie)).status).toBe(200);
      short.clock.advance(6 * 60_000);
      expect((await sessionOf(short, handler.cookie)).status).toBe(401);
    } finally {
      await short.close();
    }
  });
});
