// Issue #20 point 7: one password policy for an invited member's first password, the member's own
// password change and `dsr staff create`: at least 12 characters, not a
// commonly used or guessable password, not built on the person's name or
// address, not the current one; localised messages; invalid addresses refused.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { uniqueTag } from '../support/console-factories';
import { inviteMember, postAnonymously } from '../support/staff-password-links';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDatabaseUrl, testProviders } from '../support/test-database';

type ErrorBody = { error: { code: string; details?: Array<{ path: string; message: string }> } };

describe.each(testProviders)('staff password policy over the API on %s', (provider) => {
  let app: TestApp;
  let admin: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider);
    admin = await signInStaff(app, 'admin');
  });
  afterAll(() => app.close());

  /** An invited member sets `password` with the mailed link (the one place a new member's password is chosen). */
  const create = async (password: string, locale = 'en', name = 'Aino Aaltonen') => {
    const { token } = await inviteMember(app, admin, {
      email: `aino.aaltonen.${uniqueTag()}@inope.fi`,
      name,
    });
    return postAnonymously<ErrorBody>(
      app,
      '/api/staff/auth/password-link',
      { token, newPassword: password },
      locale,
    );
  };

  it.each([
    ['aaaaaaaaaaaa', 'too easy to guess'],
    ['password1234', 'too easy to guess'],
    ['qwertyuiop12', 'too easy to guess'],
    ['aino.aaltonen2026', 'name or email'],
  ])(
    'when an invited member chooses "%s" as their password, it is refused (%s)',
    async (password, why) => {
      const res = await create(password);
      expect(res.status).toBe(400);
      expect(res.body.error.details?.[0]?.path).toBe('newPassword');
      expect(res.body.error.details?.[0]?.message).toContain(why);
    },
  );

  it("when the password is refused, the message is in the member's language", async () => {
    const fi = await create('password1234', 'fi');
    const sv = await create('password1234', 'sv');
    expect(fi.body.error.details?.[0]?.message).toMatch(/^Salasana on liian helppo arvata/);
    expect(sv.body.error.details?.[0]?.message).toMatch(/^Lösenordet är för lätt att gissa/);
  });

  it('when the password is a long phrase of random words, it is set and TOTP enrolment follows', async () => {
    const res = await create('kuusi orava hyppii lumessa');
    expect(res.status).toBe(200);
    expect((res.body as unknown as { status: string }).status).toBe('enrolment_required');
  });

  it('when a member changes their password to the current one, it is refused', async () => {
    const handler = await signInStaff(app, 'handler');
    const res = await callConsole<ErrorBody>(app, 'POST', '/api/staff/auth/password', {
      cookie: handler.cookie,
      locale: 'sv',
      body: { currentPassword: handler.password, newPassword: handler.password },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      {
        path: 'newPassword',
        message: 'Det nya lösenordet får inte vara detsamma som det nuvarande.',
      },
    ]);
  });

  it('when a member changes their password to a common one, it is refused and the old one still works', async () => {
    const handler = await signInStaff(app, 'handler');
    const res = await callConsole<ErrorBody>(app, 'POST', '/api/staff/auth/password', {
      cookie: handler.cookie,
      body: { currentPassword: handler.password, newPassword: 'password1234' },
    });
    expect(res.status).toBe(400);
    const row = await app.ctx.db.prisma.staffUser.findUniqueOrThrow({ where: { id: handler.id } });
    const { verifySecret } = await import('../../src/features/staff/password-hash');
    expect(await verifySecret(row.passwordHash, handler.password)).toBe(true);
  });
});

describe('dsr staff create uses the same policy', () => {
  const run = promisify(execFile);
  const apiDir = path.resolve(import.meta.dirname, '../..');
  let databaseUrl: string;
  beforeAll(() => {
    databaseUrl = testDatabaseUrl('sqlite');
  });

  async function dsr(...args: string[]) {
    try {
      const { stdout, stderr } = await run('pnpm', ['exec', 'tsx', 'src/cli/main.ts', ...args], {
        cwd: apiDir,
        env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl },
      });
      return { stdout, stderr, code: 0 };
    } catch (error) {
      const e = error as { stdout: string; stderr: string; code: number };
      return { stdout: e.stdout, stderr: e.stderr, code: e.code };
    }
  }

  it('when the password is "x" or a common one, the command fails naming the rule and creates nobody', async () => {
    const email = `cli.${uniqueTag()}@inope.fi`;
    const short = await dsr(
      'staff',
      'create',
      '--email',
      email,
      '--name',
      'Cli',
      '--password',
      'x',
    );
    expect(short.code).not.toBe(0);
    expect(short.stderr).toContain('password: The password must have at least 12 characters.');
    const common = await dsr(
      'staff',
      'create',
      '--email',
      email,
      '--name',
      'Cli',
      '--password',
      'password1234',
    );
    expect(common.code).not.toBe(0);
    expect(common.stderr).toContain('too easy to guess');
    const ok = await dsr(
      'staff',
      'create',
      '--email',
      email,
      '--name',
      'Cli',
      '--password',
      'kuusi orava hyppii lumessa',
    );
    expect(ok.code).toBe(0);
  }, 240_000);

  it('when the address is not an email, the command fails as the API would', async () => {
    const res = await dsr(
      'staff',
      'create',
      '--email',
      'not-an-email',
      '--name',
      'Cli',
      '--password',
      'kuusi orava hyppii lumessa',
    );
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/email: /);
  }, 120_000);
});
