import type { StaffUser, StaffUserList } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../src/features/staff/create-staff-user';
import { uniqueTag } from '../support/console-factories';
import {
  callConsole,
  randomIp,
  signInStaff,
  totpAt,
  type SignedInStaff,
} from '../support/console-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

describe.each(testProviders)('staff user management on %s', (provider) => {
  let app: TestApp;
  let admin: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: new Date('2026-03-02T09:00:00Z') });
    admin = await signInStaff(app, 'admin');
  });
  afterAll(() => app.close());

  it('when an admin invites a member, they are listed as waiting for their password, and the same address cannot be invited twice', async () => {
    const email = `Uusi.${uniqueTag()}@Inope.fi`;
    const created = await callConsole<StaffUser>(app, 'POST', '/api/staff/users', {
      cookie: admin.cookie,
      body: { email, name: 'Uusi Tarkastaja', role: 'auditor' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: email.toLowerCase(),
      role: 'auditor',
      locale: 'fi',
      isActive: true,
      isTotpEnabled: false,
      mustSetPassword: true,
    });
    const list = await callConsole<StaffUserList>(app, 'GET', '/api/staff/users', {
      cookie: admin.cookie,
    });
    expect(list.body.items.find((u) => u.id === created.body.id)?.passwordLink?.purpose).toBe(
      'invitation',
    );

    const duplicate = await callConsole<{ error: { code: string; message: string } }>(
      app,
      'POST',
      '/api/staff/users',
      {
        cookie: admin.cookie,
        locale: 'en',
        body: { email, name: 'Toinen', role: 'handler' },
      },
    );
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toMatch(/already exists/);
    // Nothing of the refused invitation was queued.
    expect(
      await app.ctx.db.prisma.outboxMessage.count({
        where: { toAddress: email.toLowerCase(), template: 'staff_invitation' },
      }),
    ).toBe(1);
  });

  it('when the invitation has no valid address, it is refused with a localised field message', async () => {
    const res = await callConsole<{ error: { details: Array<{ path: string; message: string }> } }>(
      app,
      'POST',
      '/api/staff/users',
      {
        cookie: admin.cookie,
        locale: 'sv',
        body: { email: 'ei-osoite', name: 'Lyhyt', role: 'handler' },
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details).toContainEqual({
      path: 'email',
      message: 'Ange e-postadressen i formen namn@exempel.fi.',
    });
  });

  it('when an admin changes a role, it applies to the next request of that user at once', async () => {
    const auditor = await signInStaff(app, 'auditor');
    expect(
      (
        await callConsole(app, 'GET', '/api/console/marketing-audience?channel=email', {
          cookie: auditor.cookie,
        })
      ).status,
    ).toBe(403);
    const changed = await callConsole<StaffUser>(app, 'PATCH', `/api/staff/users/${auditor.id}`, {
      cookie: admin.cookie,
      body: { role: 'handler' },
    });
    expect(changed.body.role).toBe('handler');
    expect(
      (
        await callConsole(app, 'GET', '/api/console/marketing-audience?channel=email', {
          cookie: auditor.cookie,
        })
      ).status,
    ).toBe(200);
    const audit = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'staff.user_updated', recordId: auditor.id },
    });
    expect(JSON.parse(audit.details ?? '{}')).toMatchObject({
      before: { role: 'auditor' },
      after: { role: 'handler' },
    });
  });

  it('when an admin tries to deactivate themself, it is refused', async () => {
    const res = await callConsole(app, 'PATCH', `/api/staff/users/${admin.id}`, {
      cookie: admin.cookie,
      body: { isActive: false },
    });
    expect(res.status).toBe(403);
  });

  it('when a user changes their password, the old one stops working and the session continues', async () => {
    const handler = await signInStaff(app, 'handler');
    app.clock.advance(2000);
    try {
      const res = await fetch(`${app.url}/api/staff/auth/password`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-requested-with': 'oikeus',
          cookie: handler.cookie,
        },
        body: JSON.stringify({
          currentPassword: handler.password,
          newPassword: 'uusi ja pitkä salasana',
        }),
      });
      expect(res.status).toBe(200);
      // Issue #20: the change revokes the member's other sessions, and the one that
      // made it goes on (test/auth/server-sessions.test.ts covers the others).
      expect(
        (await callConsole(app, 'GET', '/api/staff/auth/session', { cookie: handler.cookie }))
          .status,
      ).toBe(200);
      const old = await fetch(`${app.url}/api/staff/auth/login`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-requested-with': 'oikeus',
          'x-forwarded-for': randomIp(),
        },
        body: JSON.stringify({
          email: handler.email,
          password: handler.password,
          totp: totpAt(app, handler.totpSecret),
        }),
      });
      expect(old.status).toBe(401);
    } finally {
      app.clock.set(new Date('2026-03-02T09:00:00Z'));
    }
  });

  it('when createStaffUser is called for an email that exists (the CLI path), it fails with CONFLICT', async () => {
    const email = `cli.${uniqueTag()}@inope.fi`;
    await createStaffUser(app.ctx, {
      email,
      name: 'CLI',
      role: 'admin',
      password: 'pitkä-salasana-123',
    });
    await expect(
      createStaffUser(app.ctx, {
        email,
        name: 'CLI',
        role: 'admin',
        password: 'pitkä-salasana-123',
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const audit = await app.ctx.db.prisma.auditEntry.findFirst({
      where: { action: 'staff.user_created', actorType: 'system' },
    });
    expect(audit).not.toBeNull();
  });
});
