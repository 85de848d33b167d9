// Staff sign-in for tests: a staff user with TOTP already enrolled (secret
// generated with otplib), signed in over HTTP with password + current code.
import { randomBytes, randomInt } from 'node:crypto';
import type { StaffRole } from '@oikeus/contracts';
import { authenticator } from 'otplib';
import { issueSubjectSessionToken } from '../../src/http/session-token';
import { createStaffUser } from '../../src/features/staff/create-staff-user';
import { STAFF_SESSION_COOKIE } from '../../src/features/staff/staff-session';
import { sealTotpSecret } from '../../src/features/staff/totp';
import { createAccount } from './console-factories';
import type { TestApp } from './test-app';

export const STAFF_TEST_PASSWORD = 'correct horse battery staple';

export interface StaffTestUser {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  password: string;
  totpSecret: string;
}

export interface SignedInStaff extends StaffTestUser {
  /** `Cookie` header value carrying the staff session. */
  cookie: string;
}

export function randomIp(): string {
  return `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

/** The current TOTP code for `secret` at the app's clock. */
export function totpAt(app: TestApp, secret: string, offsetMs = 0): string {
  return authenticator.clone({ epoch: app.clock.now().getTime() + offsetMs }).generate(secret);
}

/** A staff user whose TOTP is already enrolled. */
export async function createEnrolledStaff(
  app: TestApp,
  role: StaffRole,
  options: { email?: string } = {},
): Promise<StaffTestUser> {
  const tag = randomBytes(5).toString('hex');
  const email = options.email ?? `staff.${role}.${tag}@inope.fi`;
  const user = await createStaffUser(app.ctx, {
    email,
    name: `Test ${role} ${tag}`,
    role,
    password: STAFF_TEST_PASSWORD,
  });
  const totpSecret = authenticator.generateSecret(20);
  await app.ctx.db.prisma.staffUser.update({
    where: { id: user.id },
    data: { totpSecret: sealTotpSecret(app.ctx, totpSecret), totpEnabledAt: app.clock.now() },
  });
  return { id: user.id, email, name: user.name, role, password: STAFF_TEST_PASSWORD, totpSecret };
}

export function cookieFrom(res: Response, name: string): string | null {
  for (const header of res.headers.getSetCookie()) {
    const [pair] = header.split(';');
    if (pair?.startsWith(`${name}=`) && pair.length > name.length + 1) return pair;
  }
  return null;
}

/** POST /api/staff/auth/login as a fresh enrolled staff user of `role`. */
export async function signInStaff(app: TestApp, role: StaffRole): Promise<SignedInStaff> {
  const user = await createEnrolledStaff(app, role);
  const res = await fetch(`${app.url}/api/staff/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-requested-with': 'oikeus',
      'x-forwarded-for': randomIp(),
    },
    body: JSON.stringify({
      email: user.email,
      password: user.password,
      totp: totpAt(app, user.totpSecret),
    }),
  });
  const cookie = cookieFrom(res, STAFF_SESSION_COOKIE);
  if (res.status !== 200 || !cookie)
    throw new Error(`staff sign-in failed: ${res.status} ${await res.text()}`);
  return { ...user, cookie };
}

/** A real portal session cookie for a fresh subject account. */
export async function subjectCookie(app: TestApp): Promise<string> {
  const account = await createAccount(app);
  return `oikeus_session=${await issueSubjectSessionToken(app.ctx, account.id)}`;
}

export interface ApiResult<T = unknown> {
  status: number;
  body: T;
}

/** JSON call to the API with an optional cookie; writes carry the CSRF header. */
export async function callConsole<T = unknown>(
  app: TestApp,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  options: { cookie?: string | null; body?: unknown; locale?: string } = {},
): Promise<ApiResult<T>> {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-requested-with': 'oikeus',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.locale ? { 'accept-language': options.locale } : {}),
    },
    ...(method === 'GET' ? {} : { body: JSON.stringify(options.body ?? {}) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}
