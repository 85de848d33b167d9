// Issue #20 points 2 and 3: nobody can lock a person out of their own sign-in
// by asking for codes or guessing wrong ones for their address, and the
// guesses against one address are bounded (one open code, five attempts each,
// a daily ceiling of codes).
import { SIGN_IN_CODE_MAX_ATTEMPTS } from '@oikeus/contracts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuthRateLimits, setAuthRateLimits } from '../../src/http/auth-rate-limits';
import {
  anonymousHeaders,
  callApi,
  randomClientIp,
  requestSignInMail,
  signInMailsFor,
  signUpSubject,
} from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

/** A six-digit code that is not `code`. */
function wrongCode(code: string, n = 1): string {
  return ((Number(code) + n) % 1_000_000).toString().padStart(6, '0');
}

describe.each(testProviders)('no lockout of others on %s', (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider);
  });
  afterEach(() => setAuthRateLimits(app.ctx, defaultAuthRateLimits));
  afterAll(() => app.close());

  const start = (email: string, ip: string) =>
    callApi(app, 'POST', '/api/auth/start', {
      headers: anonymousHeaders(ip),
      body: { purpose: 'sign_in', email },
    });
  const verifyCode = (email: string, code: string, ip: string) =>
    callApi(app, 'POST', '/api/auth/verify', {
      headers: anonymousHeaders(ip),
      body: { email, code },
    });
  const verifyLink = (token: string, ip: string) =>
    callApi(app, 'POST', '/api/auth/verify', { headers: anonymousHeaders(ip), body: { token } });

  it("when a stranger asks for codes for someone's address and types wrong ones, the owner's fresh code still signs in", async () => {
    const owner = await signUpSubject(app);
    const attacker = randomClientIp();
    for (let i = 0; i < 5; i += 1) expect((await start(owner.email, attacker)).status).toBe(202);
    for (let i = 0; i < SIGN_IN_CODE_MAX_ATTEMPTS; i += 1) {
      expect((await verifyCode(owner.email, wrongCode('000000', i), attacker)).status).toBe(400);
    }
    const fresh = await requestSignInMail(
      app,
      { purpose: 'sign_in', email: owner.email },
      owner.ip,
    );
    expect((await verifyCode(owner.email, fresh.code, owner.ip)).status).toBe(200);
  });

  it("when a stranger types wrong codes after the owner asked for one, the owner's code and link both still work", async () => {
    const owner = await signUpSubject(app);
    const mail = await requestSignInMail(app, { purpose: 'sign_in', email: owner.email }, owner.ip);
    const attacker = randomClientIp();
    for (let i = 0; i < 10; i += 1) {
      const res = await verifyCode(owner.email, wrongCode(mail.code, i + 1), attacker);
      expect([400, 429]).toContain(res.status);
    }
    // The right code from a stranger's client is refused too: only the asking client may type it.
    expect((await verifyCode(owner.email, mail.code, randomClientIp())).status).toBe(400);
    expect((await verifyCode(owner.email, mail.code, owner.ip)).status).toBe(200);

    const second = await requestSignInMail(
      app,
      { purpose: 'sign_in', email: owner.email },
      owner.ip,
    );
    for (let i = 0; i < 10; i += 1) {
      await verifyCode(owner.email, wrongCode(second.code, i + 1), randomClientIp());
    }
    expect((await verifyLink(second.token, randomClientIp())).status).toBe(200);
  });

  it(`when a code was guessed wrong ${SIGN_IN_CODE_MAX_ATTEMPTS} times by its own client, it is closed, and the owner's next code works`, async () => {
    const owner = await signUpSubject(app);
    const mail = await requestSignInMail(app, { purpose: 'sign_in', email: owner.email }, owner.ip);
    for (let i = 0; i < SIGN_IN_CODE_MAX_ATTEMPTS; i += 1) {
      expect((await verifyCode(owner.email, wrongCode(mail.code, i + 1), owner.ip)).status).toBe(
        400,
      );
    }
    expect((await verifyCode(owner.email, mail.code, owner.ip)).status).toBe(400);
    const next = await requestSignInMail(app, { purpose: 'sign_in', email: owner.email }, owner.ip);
    expect((await verifyCode(owner.email, next.code, owner.ip)).status).toBe(200);
  });

  it('when a new code is asked for, the earlier code stops working (one open code per address) but its link still works', async () => {
    const owner = await signUpSubject(app);
    const first = await requestSignInMail(
      app,
      { purpose: 'sign_in', email: owner.email },
      owner.ip,
    );
    const second = await requestSignInMail(
      app,
      { purpose: 'sign_in', email: owner.email },
      owner.ip,
    );
    expect((await verifyCode(owner.email, first.code, owner.ip)).status).toBe(400);
    expect((await verifyLink(first.token, owner.ip)).status).toBe(200);
    // Signing in closed the rest.
    expect((await verifyCode(owner.email, second.code, owner.ip)).status).toBe(400);
  });

  it('when parallel wrong guesses hit one code, at most five are checked and the right code is then refused', async () => {
    const owner = await signUpSubject(app);
    const mail = await requestSignInMail(app, { purpose: 'sign_in', email: owner.email }, owner.ip);
    setAuthRateLimits(app.ctx, { verifyPerEmailClient: 1e6, verifyPerIp: 1e6 });
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        verifyCode(owner.email, wrongCode(mail.code, i + 1), owner.ip),
      ),
    );
    expect(guesses.every((g) => g.status === 400)).toBe(true);
    // The sign-in code, not the sign-up one: under the frozen test clock both share createdAt.
    const row = await app.ctx.db.prisma.loginChallenge.findFirst({
      where: { email: owner.email, purpose: 'sign_in' },
      orderBy: { createdAt: 'desc' },
    });
    expect(row?.attempts).toBe(SIGN_IN_CODE_MAX_ATTEMPTS);
    expect((await verifyCode(owner.email, mail.code, owner.ip)).status).toBe(400);
  });

  it('when one address has had its daily ceiling of codes, more are refused from any client, and the count starts over the next day', async () => {
    const owner = await signUpSubject(app);
    const before = (await signInMailsFor(app, owner.email)).length;
    const { startPerEmailDay, startPerEmailClient } = defaultAuthRateLimits;
    let accepted = 1; // the sign-up's code counts too
    for (let client = 0; accepted < startPerEmailDay; client += 1) {
      const ip = randomClientIp();
      for (let i = 0; i < startPerEmailClient && accepted < startPerEmailDay; i += 1) {
        expect((await start(owner.email, ip)).status).toBe(202);
        accepted += 1;
      }
    }
    expect((await start(owner.email, randomClientIp())).status).toBe(429);
    // The person's mail is bounded by the ceiling, whatever the number of clients.
    expect((await signInMailsFor(app, owner.email)).length - before).toBe(startPerEmailDay - 1);
    app.clock.advance(defaultAuthRateLimits.startEmailDayMs + 1);
    expect((await start(owner.email, randomClientIp())).status).toBe(202);
  });
});
