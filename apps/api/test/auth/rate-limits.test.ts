import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuthRateLimits, setAuthRateLimits } from '../../src/http/auth-rate-limits';
import { sampleRequestInputs } from '../support/portal-requests';
import {
  anonymousHeaders,
  callApi,
  randomClientIp,
  signInMailsFor,
  signUpSubject,
  uniqueEmail,
} from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders, isPostgresTested } from '../support/test-database';

type ErrorBody = { error: { code: string; message: string } };

describe.each(testProviders)('sign-in rate limits on %s', (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider);
  });
  afterEach(() => setAuthRateLimits(app.ctx, defaultAuthRateLimits));
  afterAll(() => app.close());

  const start = (email: string, ip: string, lang = 'fi') =>
    callApi<ErrorBody>(app, 'POST', '/api/auth/start', {
      headers: { ...anonymousHeaders(ip), 'accept-language': lang },
      body: { purpose: 'sign_in', email },
    });

  it('when one address reaches its daily ceiling of codes, even from different clients, it gets a 429 and no further email', async () => {
    setAuthRateLimits(app.ctx, { startPerEmailDay: 2 });
    const email = uniqueEmail('flood');
    expect((await start(email, randomClientIp())).status).toBe(202);
    expect((await start(email, randomClientIp())).status).toBe(202);
    const third = await start(email, randomClientIp(), 'sv');
    expect(third.status).toBe(429);
    expect(third.body.error).toEqual({
      code: 'RATE_LIMITED',
      message: 'För många försök. Vänta en stund och försök igen.',
    });
    expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await signInMailsFor(app, email)).toHaveLength(2);
    // Another person is not affected.
    expect((await start(uniqueEmail(), randomClientIp())).status).toBe(202);
  });

  it('when one client asks for codes for many addresses, it gets a 429 while other clients go on', async () => {
    setAuthRateLimits(app.ctx, { startPerIp: 3 });
    const ip = randomClientIp();
    for (let i = 0; i < 3; i += 1) expect((await start(uniqueEmail(), ip)).status).toBe(202);
    const blocked = uniqueEmail();
    expect((await start(blocked, ip)).status).toBe(429);
    expect(await signInMailsFor(app, blocked)).toHaveLength(0);
    expect((await start(uniqueEmail(), randomClientIp())).status).toBe(202);
  });

  it('when one client asks for codes for one address too often, that client gets a 429 while the owner elsewhere still gets a code', async () => {
    setAuthRateLimits(app.ctx, { startPerEmailClient: 2 });
    const email = uniqueEmail('pair');
    const attacker = randomClientIp();
    expect((await start(email, attacker)).status).toBe(202);
    expect((await start(email, attacker)).status).toBe(202);
    expect((await start(email, attacker)).status).toBe(429);
    expect((await start(email, randomClientIp())).status).toBe(202);
    expect(await signInMailsFor(app, email)).toHaveLength(3);
  });

  it('when one client guesses codes for one address too often, that client gets a 429 and another client does not', async () => {
    setAuthRateLimits(app.ctx, { verifyPerEmailClient: 3 });
    const email = uniqueEmail('guess');
    const verify = (ip: string) =>
      callApi(app, 'POST', '/api/auth/verify', {
        headers: anonymousHeaders(ip),
        body: { email, code: '000000' },
      });
    const attacker = randomClientIp();
    for (let i = 0; i < 3; i += 1) expect((await verify(attacker)).status).toBe(400);
    expect((await verify(attacker)).status).toBe(429);
    expect((await verify(randomClientIp())).status).toBe(400);
  });

  it('when one client tries many links, verification answers 429', async () => {
    setAuthRateLimits(app.ctx, { verifyPerIp: 2 });
    const ip = randomClientIp();
    const verify = () =>
      callApi(app, 'POST', '/api/auth/verify', {
        headers: anonymousHeaders(ip),
        body: { token: 'x'.repeat(43) },
      });
    expect((await verify()).status).toBe(400);
    expect((await verify()).status).toBe(400);
    expect((await verify()).status).toBe(429);
  });

  it('when a window has passed on the app clock, the same address may ask again', async () => {
    setAuthRateLimits(app.ctx, { startPerEmailDay: 1 });
    const email = uniqueEmail('window');
    expect((await start(email, randomClientIp())).status).toBe(202);
    expect((await start(email, randomClientIp())).status).toBe(429);
    app.clock.advance(defaultAuthRateLimits.startEmailDayMs + 1);
    expect((await start(email, randomClientIp())).status).toBe(202);
  });

  it('when the app clock is set back by more than a window (e2e test clock), the count starts over', async () => {
    setAuthRateLimits(app.ctx, { startPerEmailDay: 1 });
    const email = uniqueEmail('clockback');
    expect((await start(email, randomClientIp())).status).toBe(202);
    expect((await start(email, randomClientIp())).status).toBe(429);
    app.clock.advance(-2 * defaultAuthRateLimits.startEmailDayMs);
    expect((await start(email, randomClientIp())).status).toBe(202);
    app.clock.advance(2 * defaultAuthRateLimits.startEmailDayMs);
  });

  it('when staff sign-in is tried too often for one email, even from different clients, it answers 429', async () => {
    setAuthRateLimits(app.ctx, { staffLoginPerEmail: 2 });
    const email = `nobody.${uniqueEmail('staff')}`;
    const login = () =>
      callApi<ErrorBody>(app, 'POST', '/api/staff/auth/login', {
        headers: anonymousHeaders(randomClientIp()),
        body: { email, password: 'wrong password wrong', totp: '000000' },
      });
    expect((await login()).status).toBe(401);
    expect((await login()).status).toBe(401);
    const third = await login();
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe('RATE_LIMITED');
  });

  it('when staff sign-in is sprayed from one client, it answers 429', async () => {
    setAuthRateLimits(app.ctx, { staffLoginPerIp: 2 });
    const ip = randomClientIp();
    const login = () =>
      callApi(app, 'POST', '/api/staff/auth/login', {
        headers: anonymousHeaders(ip),
        body: { email: uniqueEmail('spray'), password: 'wrong password wrong', totp: '000000' },
      });
    expect((await login()).status).toBe(401);
    expect((await login()).status).toBe(401);
    expect((await login()).status).toBe(429);
  });

  it('when one account submits requests too often, it answers 429 and stores no further request', async () => {
    const subject = await signUpSubject(app);
    setAuthRateLimits(app.ctx, { submitPerAccount: 2 });
    const submit = (ip: string) =>
      callApi<ErrorBody>(app, 'POST', '/api/requests', {
        headers: { ...subject.headers, 'x-forwarded-for': ip },
        body: sampleRequestInputs.access,
      });
    expect((await submit(randomClientIp())).status).toBe(201);
    expect((await submit(randomClientIp())).status).toBe(201);
    expect((await submit(randomClientIp())).status).toBe(429);
    expect(
      await app.ctx.db.prisma.rightsRequest.count({ where: { accountId: subject.accountId } }),
    ).toBe(2);
  });

  it('when one client submits requests for many accounts, it answers 429', async () => {
    const ip = randomClientIp();
    const subjects = [await signUpSubject(app), await signUpSubject(app), await signUpSubject(app)];
    setAuthRateLimits(app.ctx, { submitPerIp: 2 });
    const statuses: number[] = [];
    for (const subject of subjects) {
      const res = await callApi(app, 'POST', '/api/requests', {
        headers: { ...subject.headers, 'x-forwarded-for': ip },
        body: sampleRequestInputs.access,
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([201, 201, 429]);
  });

  it('keeps counters as keyed hashes, never the email or client address in the clear', async () => {
    const email = uniqueEmail('hashed');
    const ip = randomClientIp();
    // PostgreSQL is shared by every test file: look only at the rows this call wrote.
    const keysNow = async () =>
      (await app.ctx.db.prisma.rateLimitBucket.findMany({ select: { key: true } })).map(
        (b) => b.key,
      );
    const before = new Set(await keysNow());
    expect((await start(email, ip)).status).toBe(202);
    const keys = (await keysNow()).filter((key) => !before.has(key));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(key).not.toContain(email);
    }
  });
});

describe.skipIf(!isPostgresTested)('rate limits shared by two API processes on postgresql', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await startTestApp('postgresql');
    second = await startTestApp('postgresql');
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('when requests for one address alternate between two processes, both count against one limit', async () => {
    for (const app of [first, second]) setAuthRateLimits(app.ctx, { startPerEmailDay: 3 });
    const email = uniqueEmail('shared');
    const start = (app: TestApp) =>
      callApi(app, 'POST', '/api/auth/start', {
        headers: anonymousHeaders(randomClientIp()),
        body: { purpose: 'sign_in', email },
      });
    const statuses = [
      (await start(first)).status,
      (await start(second)).status,
      (await start(first)).status,
      (await start(second)).status,
      (await start(first)).status,
    ];
    // Each process alone would have allowed three: together they allow three.
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    expect(await signInMailsFor(first, email)).toHaveLength(3);
  });

  it('when both processes are hit at the same moment, the count is exact (atomic increments)', async () => {
    for (const app of [first, second]) setAuthRateLimits(app.ctx, { startPerEmailDay: 10 });
    const email = uniqueEmail('race');
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        callApi(i % 2 === 0 ? first : second, 'POST', '/api/auth/start', {
          headers: anonymousHeaders(randomClientIp()),
          body: { purpose: 'sign_in', email },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 202)).toHaveLength(10);
    expect(results.filter((r) => r.status === 429)).toHaveLength(20);
  });
});
