// `pnpm dsr staff list | disable | reset` (issue #19): the operator's way to see
// who can sign in, shut an account and send a password link without the console.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueTag } from '../support/console-factories';
import {
  callConsole,
  createEnrolledStaff,
  signInStaff,
  type SignedInStaff,
} from '../support/console-sign-in';
import { inviteMember } from '../support/staff-password-links';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const run = promisify(execFile);
const apiDir = path.resolve(import.meta.dirname, '../..');

// The CLI runs on the real clock; the app's clock is far ahead of any day the
// test runs, so links it issues are valid and sessions live when the CLI looks.
const FUTURE = new Date('2099-03-02T09:00:00Z');

// Each command starts tsx afresh (several seconds), hence the longer timeout.
describe.each(testProviders)('dsr staff on %s', { timeout: 120_000 }, (provider) => {
  let app: TestApp;
  let admin: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: FUTURE });
    admin = await signInStaff(app, 'admin');
  });
  afterAll(() => app.close());

  async function dsr(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
    try {
      const { stdout, stderr } = await run('pnpm', ['exec', 'tsx', 'src/cli/main.ts', ...args], {
        cwd: apiDir,
        env: {
          ...process.env,
          DATABASE_URL: app.ctx.env.DATABASE_URL,
          SESSION_SECRET: app.ctx.env.SESSION_SECRET,
          PUBLIC_URL: app.ctx.env.PUBLIC_URL,
          LOG_LEVEL: 'silent',
        },
      });
      return { stdout, stderr, code: 0 };
    } catch (error) {
      const e = error as { stdout: string; stderr: string; code: number };
      return { stdout: e.stdout, stderr: e.stderr, code: e.code };
    }
  }

  it('when listed, every member shows with role and whether they can sign in', async () => {
    const { user: invited } = await inviteMember(app, admin, {
      name: `Kutsuttu ${uniqueTag()}`,
      role: 'auditor',
    });
    const { stdout, code } = await dsr('staff', 'list');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^EMAIL +NAME +ROLE +STATE$/);
    expect(stdout).toMatch(
      new RegExp(
        `${invited.email.replace(/\./g, '\\.')} +${invited.name} +auditor +invited, link valid until 2099-03-05T09:00:00\\.000Z`,
      ),
    );
    expect(stdout).toMatch(new RegExp(`${admin.email.replace(/\./g, '\\.')} +.+ +admin +active`));
  });

  it('when a member is disabled, they cannot sign in, their session ends at once and the system is recorded as the actor', async () => {
    const member = await signInStaff(app, 'handler');
    const { stdout, code } = await dsr('staff', 'disable', '--email', member.email.toUpperCase());
    expect(code).toBe(0);
    expect(stdout).toContain(`Disabled ${member.email}`);
    const row = await app.ctx.db.prisma.staffUser.findUniqueOrThrow({ where: { id: member.id } });
    expect(row.isActive).toBe(false);
    expect(
      (await callConsole(app, 'GET', '/api/staff/auth/session', { cookie: member.cookie })).status,
    ).toBe(401);
    const audit = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'staff.user_updated', recordId: member.id },
    });
    expect(audit).toMatchObject({ actorType: 'system', actorId: null });
    expect(JSON.parse(audit.details ?? '{}')).toMatchObject({ after: { isActive: false } });
  });

  it('when a member is reset, a password link is mailed and their old password stops working', async () => {
    const member = await createEnrolledStaff(app, 'handler');
    const before = await app.ctx.db.prisma.staffUser.findUniqueOrThrow({
      where: { id: member.id },
    });
    const { stdout, code } = await dsr('staff', 'reset', '--email', member.email);
    expect(code).toBe(0);
    expect(stdout).toContain(`Queued a one-time password link to ${member.email}`);
    const row = await app.ctx.db.prisma.staffUser.findUniqueOrThrow({ where: { id: member.id } });
    expect(row.mustSetPassword).toBe(true);
    expect(row.passwordHash).not.toBe(before.passwordHash);
    const mail = await app.ctx.db.prisma.outboxMessage.findFirstOrThrow({
      where: { toAddress: member.email, template: 'staff_password_reset' },
    });
    expect(mail.textBody).toContain('http://localhost:3000/console/set-password?token=');
    const audit = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'staff.password_link_sent', recordId: member.id },
    });
    expect(audit.actorType).toBe('system');
    expect(JSON.parse(audit.details ?? '{}')).toMatchObject({ requestedBy: 'cli' });
  });

  it("when the address is nobody's, it exits non-zero and says so", async () => {
    const { stderr, code } = await dsr(
      'staff',
      'reset',
      '--email',
      `ei.ole.${uniqueTag()}@inope.fi`,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('No staff user has the address');
  });
});
