// Reusable portal helpers: sign a data subject up or in through the real API,
// reading the one-time code from the email exactly as the person would (the
// database only holds hashes of it). Each subject gets its own client address
// so per-IP rate limits of one test never spill into another.
import { randomBytes, randomInt } from 'node:crypto';
import type { Locale } from '@oikeus/contracts';
import type { TestApp } from './test-app';

export const SESSION_COOKIE = 'oikeus_session';

export interface PortalSubject {
  accountId: string;
  email: string;
  name: string;
  locale: Locale;
  /** `Cookie` header value carrying the session. */
  cookie: string;
  /** The client address the subject's requests come from (X-Forwarded-For). */
  ip: string;
  /** Headers for any call as this subject: session cookie, CSRF header, JSON, client address. */
  headers: Record<string, string>;
}

export interface SubjectOverrides {
  email?: string;
  name?: string;
  phone?: string;
  locale?: Locale;
  ip?: string;
  /** Verify with the typed code (default) or the emailed link. */
  via?: 'code' | 'link';
}

export function uniqueEmail(prefix = 'subject'): string {
  return `${prefix}.${randomBytes(5).toString('hex')}@example.fi`;
}

export function randomClientIp(): string {
  return `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

/** Headers for an anonymous portal call from `ip`. */
export function anonymousHeaders(ip: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-requested-with': 'oikeus',
    'x-forwarded-for': ip,
  };
}

export function subjectHeaders(cookie: string, ip: string): Record<string, string> {
  return { ...anonymousHeaders(ip), cookie };
}

export interface CallResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** One JSON call to the API; `body` is parsed JSON (or null for an empty answer). */
export async function callApi<T = unknown>(
  app: TestApp,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown; rawBody?: FormData | string } = {},
): Promise<CallResult<T>> {
  const headers = { ...options.headers };
  if (options.rawBody instanceof FormData) delete headers['content-type'];
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers,
    body:
      options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await res.text();
  let body: unknown = null;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: res.status, body: body as T, headers: res.headers };
}

export interface EmailedChallenge {
  code: string;
  token: string;
  textBody: string;
  subject: string;
}

/** The sign-in emails queued for `email`, oldest first. */
export async function signInMailsFor(app: TestApp, email: string) {
  return app.ctx.db.prisma.outboxMessage.findMany({
    where: { toAddress: email },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      template: true,
      subject: true,
      textBody: true,
      locale: true,
      createdAt: true,
    },
  });
}

/** Reads the code and link token from a rendered sign-in email. */
export function parseSignInMail(textBody: string, subject = ''): EmailedChallenge {
  const code = /:\s*([0-9]{6})\s*$/m.exec(textBody)?.[1];
  const token = /\/sign-in\/verify\?token=([A-Za-z0-9_-]+)/.exec(textBody)?.[1];
  if (!code || !token) throw new Error('The email has no sign-in code and link');
  return { code, token, textBody, subject };
}

/**
 * POST /api/auth/start and return the code and token from the email it
 * queued (the one message for that address that was not there before).
 */
export async function requestSignInMail(
  app: TestApp,
  input: {
    purpose: 'sign_up' | 'sign_in';
    email: string;
    name?: string;
    phone?: string;
    locale?: Locale;
  },
  ip: string,
): Promise<EmailedChallenge> {
  const before = new Set((await signInMailsFor(app, input.email)).map((m) => m.id));
  const res = await callApi(app, 'POST', '/api/auth/start', {
    headers: anonymousHeaders(ip),
    body: input,
  });
  if (res.status !== 202)
    throw new Error(`auth/start answered ${res.status}: ${JSON.stringify(res.body)}`);
  const fresh = (await signInMailsFor(app, input.email)).filter((m) => !before.has(m.id));
  const mail = fresh.find((m) => m.template === 'sign_in_code');
  if (!mail) throw new Error(`No sign-in code was emailed to ${input.email}`);
  return parseSignInMail(mail.textBody, mail.subject);
}

/** The session cookie from a Set-Cookie answer, as a `Cookie` header value. */
export function sessionCookieFrom(headers: Headers): string {
  const raw = headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  const value = raw?.split(';')[0];
  if (!value || value === `${SESSION_COOKIE}=`) throw new Error('No session cookie was set');
  return value;
}

async function verify(
  app: TestApp,
  email: string,
  challenge: EmailedChallenge,
  via: 'code' | 'link',
  ip: string,
): Promise<{ cookie: string; account: { id: string; name: string; locale: Locale } }> {
  const body = via === 'code' ? { email, code: challenge.code } : { token: challenge.token };
  const res = await callApi<{ account: { id: string; name: string; locale: Locale } }>(
    app,
    'POST',
    '/api/auth/verify',
    {
      headers: anonymousHeaders(ip),
      body,
    },
  );
  if (res.status !== 200)
    throw new Error(`auth/verify answered ${res.status}: ${JSON.stringify(res.body)}`);
  return { cookie: sessionCookieFrom(res.headers), account: res.body.account };
}

/** Creates a new account through the portal (sign-up, emailed code) and returns a signed-in subject. */
export async function signUpSubject(
  app: TestApp,
  overrides: SubjectOverrides = {},
): Promise<PortalSubject> {
  const email = overrides.email ?? uniqueEmail();
  const ip = overrides.ip ?? randomClientIp();
  const challenge = await requestSignInMail(
    app,
    {
      purpose: 'sign_up',
      email,
      name: overrides.name ?? 'Maija Meikäläinen',
      locale: overrides.locale ?? 'fi',
      ...(overrides.phone ? { phone: overrides.phone } : {}),
    },
    ip,
  );
  const { cookie, account } = await verify(app, email, challenge, overrides.via ?? 'code', ip);
  return {
    accountId: account.id,
    email,
    name: account.name,
    locale: account.locale,
    cookie,
    ip,
    headers: subjectHeaders(cookie, ip),
  };
}

/** Signs an existing account in again (a new session). */
export async function signInSubject(
  app: TestApp,
  email: string,
  options: { ip?: string; via?: 'code' | 'link' } = {},
): Promise<PortalSubject> {
  const ip = options.ip ?? randomClientIp();
  const challenge = await requestSignInMail(app, { purpose: 'sign_in', email }, ip);
  const { cookie, account } = await verify(app, email, challenge, options.via ?? 'code', ip);
  return {
    accountId: account.id,
    email,
    name: account.name,
    locale: account.locale,
    cookie,
    ip,
    headers: subjectHeaders(cookie, ip),
  };
}
