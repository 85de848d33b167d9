// Issue #20 point 4: failed staff sign-ins are counted atomically, so a burst
// of parallel wrong codes gets no more guesses than the lockout allows.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuthRateLimits, setAuthRateLimits } from '../../src/http/auth-rate-limits';
import { MAX_FAILED_SIGN_INS } from '../../src/features/staff/sign-in-staff';
import { createEnrolledStaff, randomIp, totpAt } from '../support/console-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

describe.each(testProviders)('staff lockout under parallel guesses on %s', (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider);
  });
  afterEach(() => setAuthRateLimits(app.ctx, defaultAuthRateLimits));
  afterAll(() => app.close());

  const login = (body: Record<string, unknown>) =>
    fetch(`${app.url}/api/staff/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-requested-with': 'oikeus',
        'x-forwarded-for': randomIp(),
      },
      body: JSON.stringify(body),
    });

  it(`when 20 wrong TOTP codes arrive at once, at most ${MAX_FAILED_SIGN_INS} are checked, one lockout is recorded and the right code is then refused`, async () => {
    setAuthRateLimits(app.ctx, { staffLoginPerEmail: 1e6 });
    const user = await createEnrolledStaff(app, 'handler');
    const right = totpAt(app, user.totpSecret);
    const wrong = (i: number) => ((Number(right) + 1 + i) % 1_000_000).toString().padStart(6, '0');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        login({ email: user.email, password: user.password, totp: wrong(i) }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 20 }, () => 401));

    const row = await app.ctx.db.prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    // Every checked guess took one attempt first; the counter never passes the limit.
    expect(row.failedLogins).toBe(MAX_FAILED_SIGN_INS);
    expect(row.lockedUntil?.getTime()).toBe(app.clock.now().getTime() + 15 * 60_000);
    const lockouts = await app.ctx.db.prisma.auditEntry.count({
      where: { action: 'staff.locked_out', recordId: user.id },
    });
    expect(lockouts).toBe(1);
    expect((await login({ email: user.email, password: user.password, totp: right })).status).toBe(
      401,
    );
  });

  it('when 20 wrong passwords arrive at once, the account is locked once after five checks', async () => {
    setAuthRateLimits(app.ctx, { staffLoginPerEmail: 1e6 });
    const user = await createEnrolledStaff(app, 'handler');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        login({ email: user.email, password: `wrong password ${i}`, totp: '000000' }),
      ),
    );
    const row = await app.ctx.db.prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.failedLogins).toBe(MAX_FAILED_SIGN_INS);
    expect(
      await app.ctx.db.prisma.auditEntry.count({
        where: { action: 'staff.locked_out', recordId: user.id },
      }),
    ).toBe(1);
  });

  it('when the lockout has run out, the right credentials sign in and the count starts over', async () => {
    const user = await createEnrolledStaff(app, 'handler');
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i += 1) {
      await login({ email: user.email, password: user.password, totp: '000000' });
    }
    app.clock.advance(15 * 60_000 + 1000);
    const res = await login({
      email: user.email,
      password: user.password,
      totp: totpAt(app, user.totpSecret),
    });
    expect(res.status).toBe(200);
    const row = await app.ctx.db.prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });
});
