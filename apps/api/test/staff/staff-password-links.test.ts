// Issue #19 "Staff accounts": an admin invites by mail instead of showing a
// password once; an admin resets another member's password; a member who
// forgot theirs asks for a link on the sign-in page. Every link is one-time,
// stored hashed and expires; a member with an authenticator still needs its code.
import type { SetStaffPasswordResponse, StaffPasswordLink, StaffUser } from '@oikeus/contracts';
import { authenticator } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashStaffPasswordToken } from '../../src/features/staff/password-links';
import {
  STAFF_ENROLMENT_COOKIE,
  STAFF_SESSION_COOKIE,
} from '../../src/features/staff/staff-session';
import { uniqueTag } from '../support/console-factories';
import {
  callConsole,
  cookieFrom,
  createEnrolledStaff,
  randomIp,
  signInStaff,
  totpAt,
  type SignedInStaff,
} from '../support/console-sign-in';
import { inviteMember, mailedLinkToken, postAnonymously } from '../support/staff-password-links';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

type ErrorBody = {
  error: { code: string; message: string; details?: Array<{ path: string; message: string }> };
};

const START = new Date('2026-03-02T09:00:00Z');
const NEW_PASSWORD = 'kuusi oravaa hyppii lumessa';

describe.each(testProviders)('staff invitations and password links on %s', (provider) => {
  let app: TestApp;
  let admin: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: START });
    admin = await signInStaff(app, 'admin');
  });
  afterAll(() => app.close());

  async function login(email: string, password: string, totp?: string) {
    return postAnonymously<{ status: string }>(app, '/api/staff/auth/login', {
      email,
      password,
      ...(totp ? { totp } : {}),
    });
  }

  async function useLink(body: Record<string, unknown>, locale = 'fi') {
    return postAnonymously<SetStaffPasswordResponse & ErrorBody>(
      app,
      '/api/staff/auth/password-link',
      body,
      locale,
    );
  }

  it('when an admin invites a member, a mail in their language carries a 72-hour link; the member sets a password, enrols TOTP and is signed in', async () => {
    app.clock.set(START);
    const email = `Uusi.${uniqueTag()}@Inope.fi`;
    const { user, token } = await inviteMember(app, admin, {
      email,
      name: 'Uusi Tarkastaja',
      role: 'auditor',
      locale: 'sv',
    });
    expect(user).toMatchObject({
      email: email.toLowerCase(),
      role: 'auditor',
      isActive: true,
      isTotpEnabled: false,
      mustSetPassword: true,
      passwordLink: { purpose: 'invitation', expiresAt: '2026-03-05T09:00:00.000Z' },
    });
    const mail = await app.ctx.db.prisma.outboxMessage.findFirstOrThrow({
      where: { toAddress: email.toLowerCase(), template: 'staff_invitation' },
    });
    expect(mail.locale).toBe('sv');
    expect(mail.textBody).toContain('Din roll är granskare.');
    expect(mail.textBody).toContain('http://localhost:3000/console/set-password?token=');
    // Only a hash of the token is stored.
    const stored = await app.ctx.db.prisma.staffPasswordToken.findFirstOrThrow({
      where: { staffUserId: user.id },
    });
    expect(stored.tokenHash).toBe(hashStaffPasswordToken(token));
    expect(stored.tokenHash).not.toContain(token);
    // No password signs in meanwhile: the admin never saw one.
    expect((await login(email, 'väliaikainen-salasana-1')).status).toBe(401);

    const checked = await postAnonymously<StaffPasswordLink>(
      app,
      '/api/staff/auth/password-link/check',
      { token },
    );
    expect(checked.body).toEqual({
      purpose: 'invitation',
      email: email.toLowerCase(),
      name: 'Uusi Tarkastaja',
      requiresTotp: false,
      expiresAt: '2026-03-05T09:00:00.000Z',
    });

    const weak = await useLink({ token, newPassword: 'password1234' }, 'en');
    expect(weak.status).toBe(400);
    expect(weak.body.error.details?.[0]).toMatchObject({ path: 'newPassword' });

    app.clock.advance(71 * 3_600_000);
    const set = await useLink({ token, newPassword: NEW_PASSWORD });
    expect(set.status).toBe(200);
    expect(set.body.status).toBe('enrolment_required');
    const enrolCookie = set.headers
      .getSetCookie()
      .map((header) => header.split(';')[0] ?? '')
      .find((pair) => pair.startsWith(`${STAFF_ENROLMENT_COOKIE}=`));
    expect(enrolCookie).toBeDefined();
    const secret = set.body.status === 'enrolment_required' ? set.body.enrolment.secret : '';
    const confirmed = await fetch(`${app.url}/api/staff/auth/enrolment/confirm`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-requested-with': 'oikeus',
        'x-forwarded-for': randomIp(),
        cookie: enrolCookie ?? '',
      },
      body: JSON.stringify({ totp: totpAt(app, secret) }),
    });
    expect(confirmed.status).toBe(200);
    expect(cookieFrom(confirmed, STAFF_SESSION_COOKIE)).not.toBeNull();

    const after = await app.ctx.db.prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustSetPassword).toBe(false);
    expect(after.totpEnabledAt).not.toBeNull();
    const actions = await app.ctx.db.prisma.auditEntry.findMany({
      where: { recordId: user.id },
      orderBy: { seq: 'asc' },
      select: { action: true, actorId: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      'staff.user_created',
      'staff.invited',
      'staff.password_set_by_link',
      'staff.totp_enrolled',
    ]);
    expect(actions[1]?.actorId).toBe(admin.id);

    // The link worked once.
    const again = await useLink({ token, newPassword: 'toinen pitkä salasana tähän' }, 'en');
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/^This link is no longer valid/);
    app.clock.set(START);
  });

  it('when an invitation is 72 hours old it no longer works; the admin sends it again and only the new link works', async () => {
    app.clock.set(START);
    const { user, token } = await inviteMember(app, admin);
    app.clock.advance(72 * 3_600_000 + 1000);
    const expired = await postAnonymously<ErrorBody>(app, '/api/staff/auth/password-link/check', {
      token,
    });
    expect(expired.status).toBe(400);
    expect(expired.body.error.message).toMatch(/^Linkki ei ole enää voimassa/);
    expect((await useLink({ token, newPassword: NEW_PASSWORD })).status).toBe(400);

    // Three days on, the admin signs in afresh.
    const laterAdmin = await signInStaff(app, 'admin');
    const resent = await callConsole<StaffUser>(
      app,
      'POST',
      `/api/staff/users/${user.id}/reset-password`,
      { cookie: laterAdmin.cookie },
    );
    expect(resent.status).toBe(200);
    expect(resent.body.passwordLink?.purpose).toBe('invitation');
    const fresh = await mailedLinkToken(app, user.email, 'staff_invitation');
    expect(fresh).not.toBe(token);
    expect((await useLink({ token, newPassword: NEW_PASSWORD })).status).toBe(400);
    expect((await useLink({ token: fresh, newPassword: NEW_PASSWORD })).body.status).toBe(
      'enrolment_required',
    );
    app.clock.set(START);
  });

  it("when an admin resets a member's password, their sessions end, the old password stops working, and the mailed link needs their TOTP code", async () => {
    app.clock.set(START);
    const member = await signInStaff(app, 'handler');
    expect(
      (await callConsole(app, 'GET', '/api/staff/auth/session', { cookie: member.cookie })).status,
    ).toBe(200);
    const reset = await callConsole<StaffUser>(
      app,
      'POST',
      `/api/staff/users/${member.id}/reset-password`,
      { cookie: admin.cookie },
    );
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({
      mustSetPassword: true,
      passwordLink: { purpose: 'reset', expiresAt: '2026-03-02T10:00:00.000Z' },
    });
    expect(
      (await callConsole(app, 'GET', '/api/staff/auth/session', { cookie: member.cookie })).status,
    ).toBe(401);
    app.clock.advance(30_000);
    expect(
      (await login(member.email, member.password, totpAt(app, member.totpSecret))).status,
    ).toBe(401);

    const token = await mailedLinkToken(app, member.email, 'staff_password_reset');
    const mail = await app.ctx.db.prisma.outboxMessage.findFirstOrThrow({
      where: { toAddress: member.email, template: 'staff_password_reset' },
    });
    expect(mail.textBody).toContain('Pääkäyttäjä nollasi salasanasi');
    expect(mail.textBody).toContain('Tarvitset myös todennussovelluksesi koodin.');
    const checked = await postAnonymously<StaffPasswordLink>(
      app,
      '/api/staff/auth/password-link/check',
      { token },
    );
    expect(checked.body).toMatchObject({ purpose: 'reset', requiresTotp: true });

    const withoutCode = await useLink({ token, newPassword: NEW_PASSWORD }, 'sv');
    expect(withoutCode.status).toBe(400);
    expect(withoutCode.body.error.details?.[0]).toMatchObject({ path: 'totp' });
    const wrongSecret = authenticator.generateSecret(20);
    const wrongCode = await useLink({
      token,
      newPassword: NEW_PASSWORD,
      totp: totpAt(app, wrongSecret),
    });
    expect(wrongCode.status).toBe(400);

    const set = await useLink({
      token,
      newPassword: NEW_PASSWORD,
      totp: totpAt(app, member.totpSecret),
    });
    expect(set.status).toBe(200);
    expect(set.body.status).toBe('password_set');
    app.clock.advance(30_000);
    expect((await login(member.email, NEW_PASSWORD, totpAt(app, member.totpSecret))).status).toBe(
      200,
    );
    const audit = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'staff.password_link_sent', recordId: member.id },
    });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.parse(audit.details ?? '{}')).toMatchObject({
      purpose: 'reset',
      requestedBy: 'admin',
      sessionsEnded: 1,
    });
    app.clock.set(START);
  });

  it("when an admin tries to reset their own password here, or a handler anyone's, it is refused", async () => {
    const own = await callConsole<ErrorBody>(
      app,
      'POST',
      `/api/staff/users/${admin.id}/reset-password`,
      { cookie: admin.cookie, locale: 'en' },
    );
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/change it on the My account page/);
    const handler = await signInStaff(app, 'handler');
    const asHandler = await callConsole(
      app,
      'POST',
      `/api/staff/users/${admin.id}/reset-password`,
      {
        cookie: handler.cookie,
      },
    );
    expect(asHandler.status).toBe(403);
  });

  it('when a member forgot their password, the sign-in page mails a one-hour link; the old password works until it is used, the same password is refused, and an unknown address gets the same answer and no mail', async () => {
    app.clock.set(START);
    const member = await createEnrolledStaff(app, 'handler');
    const asked = await postAnonymously<{ ok: boolean }>(app, '/api/staff/auth/forgot-password', {
      email: member.email.toUpperCase(),
    });
    expect(asked.status).toBe(202);
    const unknownEmail = `ei.ole.${uniqueTag()}@inope.fi`;
    const unknown = await postAnonymously<{ ok: boolean }>(app, '/api/staff/auth/forgot-password', {
      email: unknownEmail,
    });
    expect(unknown).toMatchObject({ status: 202, body: asked.body });
    expect(
      await app.ctx.db.prisma.outboxMessage.count({ where: { toAddress: unknownEmail } }),
    ).toBe(0);

    const first = await mailedLinkToken(app, member.email, 'staff_password_reset');
    const mail = await app.ctx.db.prisma.outboxMessage.findFirstOrThrow({
      where: { toAddress: member.email, template: 'staff_password_reset' },
    });
    expect(mail.textBody).toContain('Jos et pyytänyt linkkiä');
    // Asking for a link locks nobody out.
    expect(
      (await login(member.email, member.password, totpAt(app, member.totpSecret))).status,
    ).toBe(200);

    app.clock.advance(3_600_000 + 1000);
    const late = await useLink({
      token: first,
      newPassword: NEW_PASSWORD,
      totp: totpAt(app, member.totpSecret),
    });
    expect(late.status).toBe(400);

    await postAnonymously(app, '/api/staff/auth/forgot-password', { email: member.email });
    const second = await mailedLinkToken(app, member.email, 'staff_password_reset');
    const same = await useLink(
      { token: second, newPassword: member.password, totp: totpAt(app, member.totpSecret) },
      'en',
    );
    expect(same.status).toBe(400);
    expect(same.body.error.details?.[0]).toMatchObject({
      path: 'newPassword',
      message: 'The new password must not be the same as the current one.',
    });
    app.clock.advance(30_000);
    const set = await useLink({
      token: second,
      newPassword: NEW_PASSWORD,
      totp: totpAt(app, member.totpSecret),
    });
    expect(set.body.status).toBe('password_set');
    const audit = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'staff.password_link_sent', recordId: member.id },
    });
    expect(audit.actorType).toBe('system');
    app.clock.set(START);
  });

  it('when the TOTP code is wrong five times, the account locks and the link cannot be used until the lock ends', async () => {
    app.clock.set(START);
    const member = await createEnrolledStaff(app, 'handler');
    await postAnonymously(app, '/api/staff/auth/forgot-password', { email: member.email });
    const token = await mailedLinkToken(app, member.email, 'staff_password_reset');
    for (let i = 0; i < 5; i += 1) {
      expect((await useLink({ token, newPassword: NEW_PASSWORD, totp: '000000' })).status).toBe(
        400,
      );
    }
    const locked = await useLink(
      { token, newPassword: NEW_PASSWORD, totp: totpAt(app, member.totpSecret) },
      'en',
    );
    expect(locked.status).toBe(429);
    expect(locked.body.error.message).toMatch(/^The account is locked/);
    app.clock.set(START);
  });

  it('when a link is malformed or made up, it is refused like a used one', async () => {
    const made = await postAnonymously<ErrorBody>(app, '/api/staff/auth/password-link/check', {
      token: 'A'.repeat(43),
    });
    expect(made.status).toBe(400);
    expect(made.body.error.message).toMatch(/^Linkki ei ole enää voimassa/);
    const malformed = await postAnonymously<ErrorBody>(app, '/api/staff/auth/password-link/check', {
      token: 'short',
    });
    expect(malformed.status).toBe(400);
  });
});
