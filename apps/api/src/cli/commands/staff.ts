import { randomBytes } from 'node:crypto';
import { isLocale, type Locale } from '@oikeus/contracts';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { AppError } from '../../errors/app-error';
import { localiseError } from '../../errors/localise-error';
import { createStaffUser } from '../../features/staff/create-staff-user';
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
}
