import { randomBytes } from 'node:crypto';
import { isLocale, type Locale } from '@oikeus/contracts';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { AppError } from '../../errors/app-error';
import { localiseError } from '../../errors/localise-error';
import type { StaffUser } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { createStaffUser } from '../../features/staff/create-staff-user';
import { listStaffUsers } from '../../features/staff/list-staff-users';
import { resetStaffPassword } from '../../features/staff/reset-staff-password';
import { updateStaffUser } from '../../features/staff/update-staff-user';
import { withContext } from '../cli-context';

const roles = ['handler', 'admin', 'auditor'] as const;
type Role = (typeof roles)[number];

function locale(value: string): Locale {
  if (!isLocale(value)) throw new InvalidArgumentError('must be one of fi, sv, en');
  return value;
}

function role(value: string): Role {
  if (!(roles as readonly string[]).includes(value))
    throw new InvalidArgumentError(`must be one of ${roles.join(', ')}`);
  return value as Role;
}

/** Whether and how the member can sign in, in the CLI's English. */
function signInState(user: StaffUser, now: Date): string {
  if (!user.isActive) return 'disabled';
  if (user.lockedUntil && new Date(user.lockedUntil) > now)
    return `locked until ${user.lockedUntil}`;
  if (user.mustSetPassword) {
    const waiting = user.passwordLink?.purpose === 'invitation' ? 'invited' : 'password reset';
    return user.passwordLink
      ? `${waiting}, link valid until ${user.passwordLink.expiresAt}`
      : `${waiting}, link expired`;
  }
  return user.isTotpEnabled ? 'active' : 'active, authenticator not set up';
}

/** A fixed-width table: one header line and one line per row. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function findByEmail(ctx: AppContext, email: string): Promise<{ id: string; email: string }> {
  const user = await ctx.db.prisma.staffUser.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true },
  });
  if (!user) throw new Error(`No staff user has the address ${email}.`);
  return user;
}

export function registerStaffCommands(program: Command): void {
  const staff = program.command('staff').description('Staff users of the console');
  staff
    .command('create')
    .description(
      'Create a staff user (the first admin, typically); TOTP is enrolled at first sign-in',
    )
    .requiredOption('--email <email>', 'sign-in address')
    .requiredOption('--name <name>', 'display name')
    .option('--role <role>', 'handler | admin | auditor', role, 'admin' as Role)
    .option(
      '--locale <locale>',
      'language of reminder emails: fi | sv | en',
      locale,
      'fi' as Locale,
    )
    .option('--password <password>', 'initial password (default: a generated one, printed once)')
    .action(
      async (opts: {
        email: string;
        name: string;
        role: Role;
        locale: Locale;
        password?: string;
      }) => {
        const password = opts.password ?? randomBytes(12).toString('base64url');
        await withContext(async (ctx) => {
          try {
            const user = await createStaffUser(ctx, {
              email: opts.email,
              name: opts.name,
              role: opts.role,
              locale: opts.locale,
              password,
            });
            console.log(`Created ${user.role} ${user.email}.`);
            if (!opts.password) console.log(`Initial password (shown once): ${password}`);
            console.log(
              'Sign in at /console; you will be asked to set up an authenticator app (TOTP).',
            );
          } catch (error) {
            if (error instanceof AppError && error.code === 'CONFLICT') {
              throw new Error(`A staff user with the address ${opts.email} already exists.`);
            }
            if (error instanceof AppError && error.code === 'VALIDATION_FAILED') {
              // The CLI speaks English, like the rest of its output.
              const { message, details = [] } = localiseError(error, 'en');
              throw new Error(
                `Invalid input: ${details.map((d) => `${d.path}: ${d.message}`).join('; ') || message}`,
              );
            }
            throw error;
          }
        });
      },
    );

  staff
    .command('list')
    .description('List staff users with their role and whether they can sign in')
    .action(async () => {
      await withContext(async (ctx) => {
        const now = ctx.clock.now();
        const users = await listStaffUsers(ctx);
        if (users.length === 0) {
          console.log('No staff users yet. Create the first admin with `dsr staff create`.');
          return;
        }
        console.log(
          table([
            ['EMAIL', 'NAME', 'ROLE', 'STATE'],
            ...users.map((u) => [u.email, u.name, u.role, signInState(u, now)]),
          ]),
        );
      });
    });

  staff
    .command('disable')
    .description('Disable a staff user: they can no longer sign in and every session ends')
    .requiredOption('--email <email>', "the member's sign-in address")
    .action(async (opts: { email: string }) => {
      await withContext(async (ctx) => {
        const user = await findByEmail(ctx, opts.email);
        await updateStaffUser(ctx, { actorId: null, staffId: user.id, isActive: false });
        console.log(`Disabled ${user.email}; their console sessions have ended.`);
      });
    });

  staff
    .command('reset')
    .description(
      "Reset a staff user's password: the old one stops working, sessions end, and a one-time link to set a new one is mailed",
    )
    .requiredOption('--email <email>', "the member's sign-in address")
    .action(async (opts: { email: string }) => {
      await withContext(async (ctx) => {
        const user = await findByEmail(ctx, opts.email);
        const after = await resetStaffPassword(ctx, { actorId: null, staffId: user.id });
        const kind = after.passwordLink?.purpose === 'invitation' ? 'invitation' : 'password link';
        console.log(
          `Queued a one-time ${kind} to ${user.email}, valid until ${after.passwordLink?.expiresAt ?? '?'}.`,
        );
        console.log(
          'Their old password no longer works and their sessions have ended. The worker sends the mail.',
        );
      });
    });
}
