// Invitations and password links for staff tests: the admin invites over the
// API, and the link is read from the queued mail exactly as the member would
// (the database only holds a hash of it).
import type { StaffUser } from '@oikeus/contracts';
import { uniqueTag } from './console-factories';
import { callConsole, randomIp, type ApiResult, type SignedInStaff } from './console-sign-in';
import type { TestApp } from './test-app';

/** The token of the newest set-password link mailed to `email`. */
export async function mailedLinkToken(
  app: TestApp,
  email: string,
  template: 'staff_invitation' | 'staff_password_reset',
): Promise<string> {
  const mail = await app.ctx.db.prisma.outboxMessage.findFirst({
    where: { toAddress: email, template },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { textBody: true },
  });
  const token = /\/console\/set-password\?token=([A-Za-z0-9_-]{43})/.exec(
    mail?.textBody ?? '',
  )?.[1];
  if (!token) throw new Error(`No ${template} link was mailed to ${email}`);
  return token;
}

/** POST /api/staff/users as `admin`: a new member with an invitation mail. */
export async function inviteMember(
  app: TestApp,
  admin: SignedInStaff,
  overrides: Partial<{ email: string; name: string; role: StaffUser['role']; locale: string }> = {},
): Promise<{ user: StaffUser; token: string }> {
  const res = await callConsole<StaffUser>(app, 'POST', '/api/staff/users', {
    cookie: admin.cookie,
    body: {
      email: overrides.email ?? `kutsuttu.${uniqueTag()}@inope.fi`,
      name: overrides.name ?? 'Kutsuttu Käsittelijä',
      role: overrides.role ?? 'handler',
      ...(overrides.locale ? { locale: overrides.locale } : {}),
    },
  });
  if (res.status !== 201)
    throw new Error(`invite answered ${res.status}: ${JSON.stringify(res.body)}`);
  return { user: res.body, token: await mailedLinkToken(app, res.body.email, 'staff_invitation') };
}

/** An anonymous JSON POST from a fresh client address (so per-IP limits never spill over). */
export async function postAnonymously<T>(
  app: TestApp,
  path: string,
  body: unknown,
  locale = 'fi',
): Promise<ApiResult<T> & { headers: Headers }> {
  const res = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-requested-with': 'oikeus',
      'x-forwarded-for': randomIp(),
      'accept-language': locale,
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
}
