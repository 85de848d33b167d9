import { emailSchema, type Locale, type StaffRole, type StaffUser } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction, type Tx } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { hashSecret } from './password-hash';
import { assertPasswordAllowed } from './password-policy';
import { staffUserViewSelect, toStaffUserView } from './staff-user-view';

export interface CreateStaffUserParams {
  email: string;
  name: string;
  role: StaffRole;
  /** Language of the mail this person receives; Finnish when not given. */
  locale?: Locale | undefined;
  /** Initial password (`dsr staff create`); the user enrols TOTP at first sign-in. */
  password: string;
}

/**
 * The address under the one email rule, whether the admin's invitation or
 * `dsr staff create` gives it.
 */
export function parseStaffEmail(value: string): string {
  const parsed = emailSchema.safeParse(value);
  if (!parsed.success) {
    // emailSchema's own message keys: too long, or not an address.
    throw new AppError(
      'VALIDATION_FAILED',
      undefined,
      undefined,
      parsed.error.issues.map((issue) => ({
        path: 'email',
        reason: issue.message === 'text.tooLong' ? 'text.tooLong' : 'email.invalid',
      })),
    );
  }
  return parsed.data;
}

/**
 * Inserts the member and the `staff.user_created` entry in the caller's
 * transaction. Throws CONFLICT when the email is taken. `createdById` is null
 * from the CLI.
 */
export async function insertStaffUser(
  tx: Tx,
  ctx: AppContext,
  input: {
    email: string;
    name: string;
    role: StaffRole;
    locale: Locale;
    passwordHash: string;
    mustSetPassword: boolean;
    createdById: string | null;
    now: Date;
  },
) {
  const existing = await tx.staffUser.findUnique({
    where: { email: input.email },
    select: { id: true },
  });
  if (existing) throw new AppError('CONFLICT', 'staffUser.emailTaken');
  const user = await tx.staffUser.create({
    data: {
      email: input.email,
      name: input.name.trim(),
      role: input.role,
      locale: input.locale,
      passwordHash: input.passwordHash,
      mustSetPassword: input.mustSetPassword,
      sessionsValidFrom: input.now,
    },
    select: staffUserViewSelect,
  });
  await appendAuditEntry(tx, ctx.db, {
    at: input.now,
    actorType: input.createdById ? 'staff' : 'system',
    actorId: input.createdById,
    action: 'staff.user_created',
    recordType: 'staff_user',
    recordId: user.id,
    details: { after: { role: user.role, isActive: true } },
  });
  return user;
}

/**
 * Creates a staff user with a password (`pnpm dsr staff create`, which makes
 * the first admin before any mail may work, and the end-to-end suite's hook).
 * Admins in the console invite instead (invite-staff-user.ts).
 */
export async function createStaffUser(
  ctx: AppContext,
  input: CreateStaffUserParams,
  options: {
    createdById?: string | null;
    /** Field name the password problem is reported under. */
    passwordPath?: string;
  } = {},
): Promise<StaffUser> {
  const email = parseStaffEmail(input.email);
  // The one password policy (password-policy.ts).
  assertPasswordAllowed(
    input.password,
    { email, name: input.name },
    options.passwordPath ?? 'password',
  );
  const passwordHash = await hashSecret(input.password);
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (tx) => {
    const user = await insertStaffUser(tx, ctx, {
      email,
      name: input.name,
      role: input.role,
      locale: input.locale ?? 'fi',
      passwordHash,
      mustSetPassword: false,
      createdById: options.createdById ?? null,
      now,
    });
    return toStaffUserView(user, now);
  });
}
