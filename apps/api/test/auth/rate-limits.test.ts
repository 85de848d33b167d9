import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuthRateLimits, setAuthRateLimits } from '../../src/features/auth/auth-rate-limits';
import {
  anonymousHeaders,
  callApi,
  randomClientIp,
  signInMailsFor,
  uniqueEmail,
} from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

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

  it('when one address asks for codes too often, even from different clients, it gets a 429 and no further email', async () => {
    setAuthRateLimits(app.ctx, { startPerEmail: 2 });
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

  it('when codes for one address are guessed too often, verification answers 429', async () => {
    setAuthRateLimits(app.ctx, { verifyPerEmail: 3 });
    const email = uniqueEmail('guess');
    const verify = () =>
      callApi(app, 'POST', '/api/auth/verify', {
        headers: anonymousHeaders(randomClientIp()),
        body: { email, code: '000000' },
      });
    for (let i = 0; i < 3; i += 1) expect((await verify()).status).toBe(400);
    expect((await verify()).status).toBe(429);
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
});
