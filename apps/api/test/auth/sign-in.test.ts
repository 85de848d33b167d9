import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_CODE_MAX_ATTEMPTS } from '@oikeus/contracts';
import {
  anonymousHeaders,
  callApi,
  parseSignInMail,
  randomClientIp,
  requestSignInMail,
  sessionCookieFrom,
  signInMailsFor,
  signInSubject,
  signUpSubject,
  subjectHeaders,
  uniqueEmail,
} from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

type AccountBody = {
  account: {
    id: string;
    email: string;
    name: string;
    phone: string | null;
    locale: string;
    emailVerifiedAt: string;
  };
};
type ErrorBody = {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
};

const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe.each(testProviders)('passwordless sign-up and sign-in on %s', (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: new Date('2026-03-02T09:00:00Z') });
  });
  afterAll(() => app.close());

  it('when a person signs up and types the emailed code, the account exists with a verified address and a session', async () => {
    const email = uniqueEmail('signup');
    const ip = randomClientIp();
    const mail = await requestSignInMail(
      app,
      { purpose: 'sign_up', email, name: 'Liisa Lahtinen', phone: '040 123 4567', locale: 'sv' },
      ip,
    );
    expect(mail.subject).toContain('Bekräfta din e-postadress');
    expect(await app.ctx.db.prisma.account.count({ where: { email } })).toBe(0);

    const res = await callApi<AccountBody>(app, 'POST', '/api/auth/verify', {
      headers: anonymousHeaders(ip),
      body: { email, code: mail.code },
    });
    expect(res.status).toBe(200);
    expect(res.body.account).toMatchObject({
      email,
      name: 'Liisa Lahtinen',
      phone: '040 123 4567',
      locale: 'sv',
      emailVerifiedAt: '2026-03-02T09:00:00.000Z',
    });
    const me = await callApi<AccountBody>(app, 'GET', '/api/auth/me', {
      headers: subjectHeaders(sessionCookieFrom(res.headers), ip),
    });
    expect(me.status).toBe(200);
    expect(me.body.account.id).toBe(res.body.account.id);
  });

  it('when the session cookie is set, it is httpOnly, SameSite=Lax, for the whole site and not Secure over http', async () => {
    const email = uniqueEmail();
    const ip = randomClientIp();
    const mail = await requestSignInMail(
      app,
      { purpose: 'sign_up', email, name: 'A B', locale: 'fi' },
      ip,
    );
    const res = await callApi(app, 'POST', '/api/auth/verify', {
      headers: anonymousHeaders(ip),
      body: { token: mail.token },
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('oikeus_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i);
    expect(cookie).toMatch(/Max-Age=43200/);
  });

  it('when the emailed link is opened, it signs the person in once and never again', async () => {
    const email = uniqueEmail('link');
    const ip = randomClientIp();
    const mail = await requestSignInMail(
      app,
      { purpose: 'sign_up', email, name: 'Link User', locale: 'en' },
      ip,
    );
    const first = await callApi(app, 'POST', '/api/auth/verify', {
      headers: anonymousHeaders(ip),
      body: { token: mail.token },
    });
    expect(first.status).toBe(200);
    const replay = await callApi<ErrorBody>(app, 'POST', '/api/auth/verify', {
      headers: { ...anonymousHeaders(ip), 'accept-language': 'en' },
      body: { token: mail.token },
    });
    expect(replay.status).toBe(400);
    expect(replay.body.error.message).toBe(
      'The code or link is wrong, already used or expired. Ask for a new code.',
    );
    expect(replay.headers.getSetCookie()).toEqual([]);
    // The code from the same email is spent too.
    const code = await callApi(app, 'POST', '/api/auth/verify', {
      headers: anonymousHeaders(ip),
      body: { email, code: mail.code },
    });
    expect(code.status).toBe(400);
  });

  it('when a used code is replayed, it is refused', async () => {
    const subject = await signUpSubject(app);
    const mails = await signInMailsFor(app, subject.email);
    const { code } = parseSignInMail(mails.at(-1)?.textBody ?? '');
    const replay = await callApi(app, 'POST', '/api/auth/verify', {
      headers: anonymousHeaders(subject.ip),
      body: { email: subject.email, code },
    });
    expect(replay.status).toBe(400);
  });

  it('when the code is typed more than 10 minutes after it was sent, it has expired', async () => {
    const email = uniqueEmail('late');
    const ip = randomClientIp();
    const mail = await requestSignInMail(
      app,
      { purpose: 'sign_up', email, name: 'Late', locale: 'fi' },
      ip,
    );
    app.clock.advance(10 * 60_000 + 1_000);
    try {
      const byCode = await callApi(app, 'POST', '/api/auth/verify', {
        headers: anonymousHeaders(ip),
        body: { email, code: mail.code },
      });
      const byLink = await callApi(app, 'POST', '/api/auth/verify', {
        headers: anonymousHeaders(ip),
        body: { token: mail.token },
      });
      expect(byCode.status).toBe(400);
      expect(byLink.status).toBe(400);
      expect(await app.ctx.db.prisma.account.count({ where: { email } })).toBe(0);
    } finally {
      app.clock.set(new Date('2026-03-02T09:00:00Z'));
    }
  });

  it(`when ${SIGN_IN_CODE_MAX_ATTEMPTS} wrong codes were typed, even the right code no longer works, but the emailed link still does`, async () => {
    const email = uniqueEmail('guess');
    const ip = randomClientIp();
    const mail = await requestSignInMail(
      app,
      { purpose: 'sign_up', email, name: 'Guess', locale: 'fi' },
      ip,
    );
    for (let i = 0; i < SIGN_IN_CODE_MAX_ATTEMPTS; i += 1) {
      const res = await callApi(app, 'POST', '/api/auth/verify', {
        headers: anonymousHeaders(ip),
        body: { email, code: otherCode(mail.code) },
      });
      expect(res.status).toBe(400);
    }
    const right = await callApi(app, 'POST', '/api/auth/verify', {
      headers: anonymousHeaders(ip),
      body: { email, code: mail.code },
    });
    const link = await callApi(app, 'POST', '/api/auth/verify', {
      headers: anonymousHeaders(ip),
      body: { token: mail.token },
    });
    expect(right.status).toBe(400);
    // The 256-bit link cannot be guessed, so wrong codes never close it (issue #20).
    expect(link.status).toBe(200);
    expect(await app.ctx.db.prisma.account.count({ where: { email } })).toBe(1);
  });

  it('when a challenge is stored, the database holds only hashes of the code and the link token', async () => {
    const email = uniqueEmail('hash');
    const mail = await requestSignInMail(
      app,
      { purpose: 'sign_up', email, name: 'Hash', locale: 'fi' },
      randomClientIp(),
    );
    const rows = await app.ctx.db.prisma.loginChallenge.findMany({ where: { email } });
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(mail.token);
    expect(stored).not.toMatch(new RegExp(`"${mail.code}"`));
    expect(rows[0]?.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.expiresAt.toISOString()).toBe('2026-03-02T09:10:00.000Z');
  });

  it('when someone asks to sign in with an unknown address, the answer is the same as for a known one and the mailbox owner is told there is no account', async () => {
    const known = await signUpSubject(app);
    const unknown = uniqueEmail('nobody');
    const challengesBefore = await app.ctx.db.prisma.loginChallenge.count();
    const outboxBefore = await app.ctx.db.prisma.outboxMessage.count();

    const forKnown = await callApi(app, 'POST', '/api/auth/start', {
      headers: anonymousHeaders(randomClientIp()),
      body: { purpose: 'sign_in', email: known.email },
    });
    const forUnknown = await callApi(app, 'POST', '/api/auth/start', {
      headers: anonymousHeaders(randomClientIp()),
      body: { purpose: 'sign_in', email: unknown },
    });
    expect(forUnknown.status).toBe(forKnown.status);
    expect(forUnknown.status).toBe(202);
    expect(forUnknown.body).toEqual(forKnown.body);
    expect(forUnknown.headers.get('content-length')).toBe(forKnown.headers.get('content-length'));
    // The same work: one challenge row and one email each.
    expect(await app.ctx.db.prisma.loginChallenge.count()).toBe(challengesBefore + 2);
    expect(await app.ctx.db.prisma.outboxMessage.count()).toBe(outboxBefore + 2);

    const [note] = await signInMailsFor(app, unknown);
    expect(note?.template).toBe('sign_in_no_account');
    expect(note?.textBody).toContain('/sign-up');
    expect(note?.textBody).not.toMatch(/\b[0-9]{6}\b/);
    const guess = await callApi(app, 'POST', '/api/auth/verify', {
      headers: anonymousHeaders(randomClientIp()),
      body: { email: unknown, code: '123456' },
    });
    expect(guess.status).toBe(400);
    expect(await app.ctx.db.prisma.account.count({ where: { email: unknown } })).toBe(0);
  });

  it('when someone signs up with an address that already has an account, the answer is the same and the account is not changed', async () => {
    const existing = await signUpSubject(app, { name: 'Original Name' });
    const fresh = uniqueEmail('fresh');
    const forExisting = await callApi(app, 'POST', '/api/auth/start', {
      headers: anonymousHeaders(randomClientIp()),
      body: { purpose: 'sign_up', email: existing.email, name: 'Attacker', locale: 'en' },
    });
    const forFresh = await callApi(app, 'POST', '/api/auth/start', {
      headers: anonymousHeaders(randomClientIp()),
      body: { purpose: 'sign_up', email: fresh, name: 'New Person', locale: 'en' },
    });
    expect(forExisting.status).toBe(202);
    expect(forExisting.body).toEqual(forFresh.body);

    const mail = (await signInMailsFor(app, existing.email)).at(-1);
    expect(mail?.subject).toMatch(/^Sign-in code/);
    // The owner follows the emailed link (a typed code works only from the
    // client that asked for it, and that was someone else here).
    const { token } = parseSignInMail(mail?.textBody ?? '');
    const res = await callApi<AccountBody>(app, 'POST', '/api/auth/verify', {
      headers: anonymousHeaders(existing.ip),
      body: { token },
    });
    expect(res.status).toBe(200);
    expect(res.body.account).toMatchObject({ id: existing.accountId, name: 'Original Name' });
    expect(await app.ctx.db.prisma.account.count({ where: { email: existing.email } })).toBe(1);
  });

  it('when an address is typed in capitals with spaces, it is the same account', async () => {
    const subject = await signUpSubject(app);
    const again = await signInSubject(app, subject.email);
    expect(again.accountId).toBe(subject.accountId);
    const res = await callApi(app, 'POST', '/api/auth/start', {
      headers: anonymousHeaders(randomClientIp()),
      body: { purpose: 'sign_in', email: `  ${subject.email.toUpperCase()} ` },
    });
    expect(res.status).toBe(202);
    expect((await signInMailsFor(app, subject.email)).at(-1)?.template).toBe('sign_in_code');
  });

  it('when the input is wrong, the answer is a 400 with field messages in the asked language and nothing is stored', async () => {
    const email = uniqueEmail('bad');
    const before = await app.ctx.db.prisma.loginChallenge.count();
    const res = await callApi<ErrorBody>(app, 'POST', '/api/auth/start', {
      headers: { ...anonymousHeaders(randomClientIp()), 'accept-language': 'en' },
      body: { purpose: 'sign_up', email: 'not-an-address', locale: 'de', isAdmin: true },
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.details?.map((d) => d.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['email', 'name', 'locale']));
    expect(res.body.error.details?.find((d) => d.path === 'email')?.message).toBe(
      'Enter an email address like name@example.com.',
    );
    expect(res.body.error.details?.some((d) => /isAdmin/.test(d.message))).toBe(true);
    expect(await app.ctx.db.prisma.loginChallenge.count()).toBe(before);
    expect(await signInMailsFor(app, email)).toHaveLength(0);

    const verify = await callApi<ErrorBody>(app, 'POST', '/api/auth/verify', {
      headers: { ...anonymousHeaders(randomClientIp()), 'accept-language': 'fi' },
      body: { email, code: '12ab' },
    });
    expect(verify.status).toBe(400);
    expect(verify.body.error.details?.find((d) => d.path === 'code')?.message).toBe(
      'Koodi on kuusi numeroa.',
    );
  });

  it('when no one is signed in, /me answers 401', async () => {
    const res = await callApi<ErrorBody>(app, 'GET', '/api/auth/me', {
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });
});

describe.each(testProviders)('subject sessions on %s', (provider) => {
  let app: TestApp;
  const start = new Date('2026-03-02T09:00:00Z');
  beforeAll(async () => {
    app = await startTestApp(provider, { now: start });
  });
  afterAll(() => app.close());

  const me = (cookie: string) =>
    callApi(app, 'GET', '/api/auth/me', { headers: subjectHeaders(cookie, randomClientIp()) });

  it('when 12 hours have passed since sign-in, the session has expired', async () => {
    app.clock.set(start);
    const subject = await signUpSubject(app);
    app.clock.advance(12 * 3600_000 - 1_000);
    expect((await me(subject.cookie)).status).toBe(200);
    app.clock.advance(2_000);
    expect((await me(subject.cookie)).status).toBe(401);
  });

  it('when the person signs out everywhere, every earlier session stops working and a new sign-in works', async () => {
    app.clock.set(start);
    const laptop = await signUpSubject(app);
    app.clock.advance(60_000);
    const phone = await signInSubject(app, laptop.email);
    expect((await me(laptop.cookie)).status).toBe(200);

    app.clock.advance(60_000);
    const out = await callApi(app, 'POST', '/api/auth/sign-out-everywhere', {
      headers: phone.headers,
    });
    expect(out.status).toBe(204);
    expect((await me(laptop.cookie)).status).toBe(401);
    expect((await me(phone.cookie)).status).toBe(401);

    app.clock.advance(1_000);
    const again = await signInSubject(app, laptop.email);
    expect((await me(again.cookie)).status).toBe(200);
    const audit = await app.ctx.db.prisma.auditEntry.count({
      where: { actorId: laptop.accountId, action: 'subject.signed_out_everywhere' },
    });
    expect(audit).toBe(1);
  });

  it('when signing out of this browser, the cookie is cleared', async () => {
    app.clock.set(start);
    const subject = await signUpSubject(app);
    const res = await callApi(app, 'POST', '/api/auth/sign-out', { headers: subject.headers });
    expect(res.status).toBe(204);
    const cleared = res.headers.getSetCookie().find((c) => c.startsWith('oikeus_session='));
    expect(cleared).toMatch(/^oikeus_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
  });

  it('when a token is forged or altered, it is refused', async () => {
    app.clock.set(start);
    const subject = await signUpSubject(app);
    const now = Math.floor(start.getTime() / 1000);
    const claims = { iatMs: start.getTime() };
    const sign = (
      secret: Uint8Array,
      alg: string,
      audience: string,
      issuer = 'http://localhost:3000',
    ) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg })
        .setSubject(subject.accountId)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(now)
        .setExpirationTime(now + 3600)
        .sign(secret);
    const wrongSecret = await sign(
      new TextEncoder().encode('x'.repeat(40)),
      'HS256',
      'oikeus-portal',
    );
    const staffAudience = await sign(app.ctx.secret, 'HS256', 'oikeus-console');
    const otherIssuer = await sign(
      app.ctx.secret,
      'HS256',
      'oikeus-portal',
      'https://evil.example',
    );
    const otherAlg = await sign(app.ctx.secret, 'HS512', 'oikeus-portal');
    const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, sub: subject.accountId, iss: 'http://localhost:3000', aud: 'oikeus-portal', iat: now, exp: now + 3600 })}.`;
    const [h, , s] = subject.cookie.replace('oikeus_session=', '').split('.');
    const swapped = `${h}.${b64({ ...claims, sub: '00000000-0000-4000-8000-000000000000', iss: 'http://localhost:3000', aud: 'oikeus-portal', iat: now, exp: now + 3600 })}.${s}`;
    for (const token of [
      wrongSecret,
      staffAudience,
      otherIssuer,
      otherAlg,
      unsigned,
      swapped,
      'garbage',
    ]) {
      expect((await me(`oikeus_session=${token}`)).status).toBe(401);
    }
    expect((await me(subject.cookie)).status).toBe(200);
  });
});

describe.each(testProviders)('session cookie over https on %s', (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider, { env: { PUBLIC_URL: 'https://oikeus.example.fi' } });
  });
  afterAll(() => app.close());

  it('when the portal is served over https, the session cookie is Secure', async () => {
    const email = uniqueEmail();
    const ip = randomClientIp();
    const mail = await requestSignInMail(
      app,
      { purpose: 'sign_up', email, name: 'Secure', locale: 'fi' },
      ip,
    );
    expect(mail.textBody).toContain('https://oikeus.example.fi/sign-in/verify?token=');
    const res = await callApi(app, 'POST', '/api/auth/verify', {
      headers: anonymousHeaders(ip),
      body: { token: mail.token },
    });
    expect(res.headers.getSetCookie().find((c) => c.startsWith('oikeus_session='))).toMatch(
      /;\s*Secure/i,
    );
  });
});
