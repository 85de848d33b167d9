import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../src/features/staff/create-staff-user';
import {
  STAFF_ENROLMENT_COOKIE,
  STAFF_SESSION_COOKIE,
} from '../../src/features/staff/staff-session';
import {
  callConsole,
  cookieFrom,
  createEnrolledStaff,
  randomIp,
  signInStaff,
  STAFF_TEST_PASSWORD,
  subjectCookie,
  totpAt,
} from '../support/console-sign-in';
import { uniqueTag } from '../support/console-factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

async function login(app: TestApp, body: Record<string, unknown>, cookie?: string) {
  const res = await fetch(`${app.url}/api/staff/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-requested-with': 'oikeus',
      'x-forwarded-for': randomIp(),
      'accept-language': 'en',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
  });
  return {
    res,
    body: (await res.json()) as Record<string, unknown> & {
      error?: { code: string; message: string };
    },
  };
}

describe.each(testProviders)('staff sign-in on %s', (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: new Date('2026-03-02T09:00:00Z') });
  });
  afterAll(() => app.close());

  it('when password and current TOTP code are right, a strict httpOnly 8-hour session cookie is set', async () => {
    const user = await createEnrolledStaff(app, 'handler');
    const { res, body } = await login(app, {
      email: user.email,
      password: user.password,
      totp: totpAt(app, user.totpSecret),
    });
    expect(res.status).toBe(200);
    expect(body).toMatchObject({
      status: 'signed_in',
      staff: { id: user.id, role: 'handler' },
      remainingRecoveryCodes: 0,
    });
    const header =
      res.headers.getSetCookie().find((c) => c.startsWith(`${STAFF_SESSION_COOKIE}=`)) ?? '';
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Strict/);
    expect(header).toMatch(/Max-Age=28800/);
    // PUBLIC_URL is http in tests, so no Secure flag (it is set on https).
    expect(header).not.toMatch(/Secure/);
  });

  it("when a TOTP code has signed in once, the same code is refused; the next step's code works", async () => {
    const user = await createEnrolledStaff(app, 'handler');
    const code = totpAt(app, user.totpSecret);
    const first = await login(app, { email: user.email, password: user.password, totp: code });
    expect(first.res.status).toBe(200);
    const replay = await login(app, { email: user.email, password: user.password, totp: code });
    expect(replay.res.status).toBe(401);
    // An earlier step inside the drift window is older than the one used: also refused.
    const older = await login(app, {
      email: user.email,
      password: user.password,
      totp: totpAt(app, user.totpSecret, -30_000),
    });
    expect(older.res.status).toBe(401);
    app.clock.advance(30_000);
    try {
      const next = await login(app, {
        email: user.email,
        password: user.password,
        totp: totpAt(app, user.totpSecret),
      });
      expect(next.res.status).toBe(200);
    } finally {
      app.clock.set(new Date('2026-03-02T09:00:00Z'));
    }
  });

  it('when the password is stored, it is an argon2id hash', async () => {
    const user = await createEnrolledStaff(app, 'auditor');
    const row = await app.ctx.db.prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.totpSecret).not.toContain(user.totpSecret);
  });

  it('when the email is unknown, the password wrong or the code wrong, the answer is the same', async () => {
    const user = await createEnrolledStaff(app, 'handler');
    const unknown = await login(app, {
      email: `nobody.${uniqueTag()}@inope.fi`,
      password: 'whatever-password',
      totp: '123456',
    });
    const wrongPassword = await login(app, {
      email: user.email,
      password: 'wrong password!',
      totp: totpAt(app, user.totpSecret),
    });
    const wrongCode = await login(app, {
      email: user.email,
      password: user.password,
      totp: '000000',
    });
    const missingCode = await login(app, { email: user.email, password: user.password });
    for (const attempt of [unknown, wrongPassword, wrongCode, missingCode]) {
      expect(attempt.res.status).toBe(401);
      expect(attempt.body.error).toEqual(unknown.body.error);
    }
    expect(unknown.body.error?.message).toMatch(/Sign-in failed/);
  });

  it('when five attempts fail, even the right credentials are refused for 15 minutes, then work again', async () => {
    const user = await createEnrolledStaff(app, 'handler');
    for (let i = 0; i < 5; i += 1) {
      const { res } = await login(app, {
        email: user.email,
        password: 'wrong password!',
        totp: '000000',
      });
      expect(res.status).toBe(401);
    }
    const row = await app.ctx.db.prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lockedUntil?.toISOString()).toBe(
      new Date(app.clock.now().getTime() + 15 * 60_000).toISOString(),
    );
    const locked = await login(app, {
      email: user.email,
      password: user.password,
      totp: totpAt(app, user.totpSecret),
    });
    expect(locked.res.status).toBe(401);

    app.clock.advance(15 * 60_000 + 1000);
    try {
      const after = await login(app, {
        email: user.email,
        password: user.password,
        totp: totpAt(app, user.totpSecret),
      });
      expect(after.res.status).toBe(200);
      const lockAudit = await app.ctx.db.prisma.auditEntry.findFirst({
        where: { action: 'staff.locked_out', recordId: user.id },
      });
      expect(lockAudit).not.toBeNull();
    } finally {
      app.clock.set(new Date('2026-03-02T09:00:00Z'));
    }
  });

  it('when a new user signs in for the first time, TOTP enrolment comes first and gives ten single-use recovery codes', async () => {
    const email = `new.${uniqueTag()}@inope.fi`;
    await createStaffUser(app.ctx, {
      email,
      name: 'Uusi Käsittelijä',
      role: 'handler',
      password: STAFF_TEST_PASSWORD,
    });
    const first = await login(app, { email, password: STAFF_TEST_PASSWORD });
    expect(first.res.status).toBe(200);
    expect(first.body.status).toBe('enrolment_required');
    const enrolment = first.body.enrolment as {
      otpauthUrl: string;
      qrCodeDataUrl: string;
      secret: string;
    };
    expect(enrolment.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Oikeus:/);
    expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(cookieFrom(first.res, STAFF_SESSION_COOKIE)).toBeNull();
    const enrolCookie = cookieFrom(first.res, STAFF_ENROLMENT_COOKIE);
    expect(enrolCookie).not.toBeNull();

    // The enrolment cookie opens nothing else.
    const blocked = await callConsole(app, 'GET', '/api/console/requests', { cookie: enrolCookie });
    expect(blocked.status).toBe(401);

    const wrong = await callConsole(app, 'POST', '/api/staff/auth/enrolment/confirm', {
      cookie: enrolCookie,
      body: { totp: '000000' },
    });
    expect(wrong.status).toBe(400);

    const confirmRes = await fetch(`${app.url}/api/staff/auth/enrolment/confirm`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-requested-with': 'oikeus',
        cookie: enrolCookie ?? '',
      },
      body: JSON.stringify({ totp: totpAt(app, enrolment.secret) }),
    });
    expect(confirmRes.status).toBe(200);
    const confirmed = (await confirmRes.json()) as { recoveryCodes: string[] };
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    const session = cookieFrom(confirmRes, STAFF_SESSION_COOKIE);
    expect(
      (await callConsole(app, 'GET', '/api/console/requests', { cookie: session })).status,
    ).toBe(200);

    const stored = await app.ctx.db.prisma.staffUser.findUniqueOrThrow({ where: { email } });
    const hashes = JSON.parse(stored.recoveryCodes) as string[];
    expect(hashes).toHaveLength(10);
    expect(hashes.every((h) => h.startsWith('$argon2id$'))).toBe(true);

    const code = confirmed.recoveryCodes[3] ?? '';
    const withRecovery = await login(app, {
      email,
      password: STAFF_TEST_PASSWORD,
      recoveryCode: code.toUpperCase(),
    });
    expect(withRecovery.res.status).toBe(200);
    expect(withRecovery.body.remainingRecoveryCodes).toBe(9);
    const reused = await login(app, { email, password: STAFF_TEST_PASSWORD, recoveryCode: code });
    expect(reused.res.status).toBe(401);
  });

  it('when a TOTP code from one step ago is typed, it is still accepted (clock drift), but not one from five minutes ago', async () => {
    const user = await createEnrolledStaff(app, 'handler');
    const late = await login(app, {
      email: user.email,
      password: user.password,
      totp: totpAt(app, user.totpSecret, -30_000),
    });
    expect(late.res.status).toBe(200);
    const stale = await login(app, {
      email: user.email,
      password: user.password,
      totp: totpAt(app, user.totpSecret, -300_000),
    });
    expect(stale.res.status).toBe(401);
  });

  it('when a subject session token is put in the staff cookie, the console refuses it', async () => {
    const subject = await subjectCookie(app);
    const token = subject.split('=')[1] ?? '';
    const res = await callConsole(app, 'GET', '/api/console/requests', {
      cookie: `${STAFF_SESSION_COOKIE}=${token}`,
    });
    expect(res.status).toBe(401);
  });

  it('when eight hours have passed, the session has expired', async () => {
    const staff = await signInStaff(app, 'handler');
    const session = await callConsole<{ expiresAt: string }>(
      app,
      'GET',
      '/api/staff/auth/session',
      { cookie: staff.cookie },
    );
    expect(session.body.expiresAt).toBe('2026-03-02T17:00:00.000Z');
    app.clock.advance(8 * 3600_000 + 1000);
    try {
      expect(
        (await callConsole(app, 'GET', '/api/staff/auth/session', { cookie: staff.cookie })).status,
      ).toBe(401);
    } finally {
      app.clock.set(new Date('2026-03-02T09:00:00Z'));
    }
  });

  it('when an admin deactivates a user or resets their TOTP, the existing session stops working at once', async () => {
    const admin = await signInStaff(app, 'admin');
    const handler = await signInStaff(app, 'handler');
    const other = await signInStaff(app, 'handler');
    expect(
      (await callConsole(app, 'GET', '/api/staff/auth/session', { cookie: handler.cookie })).status,
    ).toBe(200);

    app.clock.advance(2000);
    try {
      const deactivated = await callConsole(app, 'PATCH', `/api/staff/users/${handler.id}`, {
        cookie: admin.cookie,
        body: { isActive: false },
      });
      expect(deactivated.status).toBe(200);
      expect(
        (await callConsole(app, 'GET', '/api/staff/auth/session', { cookie: handler.cookie }))
          .status,
      ).toBe(401);

      const reset = await callConsole<{ isTotpEnabled: boolean }>(
        app,
        'POST',
        `/api/staff/users/${other.id}/reset-totp`,
        { cookie: admin.cookie },
      );
      expect(reset.status).toBe(200);
      expect(reset.body.isTotpEnabled).toBe(false);
      expect(
        (await callConsole(app, 'GET', '/api/staff/auth/session', { cookie: other.cookie })).status,
      ).toBe(401);
      const again = await login(app, {
        email: other.email,
        password: other.password,
        totp: totpAt(app, other.totpSecret),
      });
      expect(again.body.status).toBe('enrolment_required');
    } finally {
      app.clock.set(new Date('2026-03-02T09:00:00Z'));
    }
  });

  it('when signed out, the cookie is cleared', async () => {
    const staff = await signInStaff(app, 'auditor');
    const res = await fetch(`${app.url}/api/staff/auth/logout`, {
      method: 'POST',
      headers: { 'x-requested-with': 'oikeus', cookie: staff.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().some((c) => c.startsWith(`${STAFF_SESSION_COOKIE}=;`))).toBe(
      true,
    );
  });
});
