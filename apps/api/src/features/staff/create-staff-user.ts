import { emailSchema, type Locale, type StaffRole, type StaffUser } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { hashSecret } from './password-hash';
import { assertPasswordAllowed } from './password-policy';
import { staffUserViewSelect, toStaffUserView } from './staff-user-view';

export interface CreateStaffUserParams {
  email: string;
  name: string;
  role: StaffRole;
  /** Language of the reminders this person receives; Finnish when not given. */
  locale?: Locale | undefined;
  /** Temporary password; the user enrols TOTP at first sign-in. */
  password: string;
}

/**
 * Creates a staff user (admin endpoint and `pnpm dsr staff create`). Throws
 * CONFLICT when the email is taken. `createdById` is null from the CLI.
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
  // The same address and password rules whether the admin form or
  // `dsr staff create` calls this (one policy, password-policy.ts).
  const parsedEmail = emailSchema.safeParse(input.email);
  if (!parsedEmail.success) {
    // emailSchema's own message keys: too long, or not an address.
    throw new AppError(
      'VALIDATION_FAILED',
      undefined,
      undefined,
      parsedEmail.error.issues.map((issue) => ({
        path: 'email',
        reason: issue.message === 'text.tooLong' ? 'text.tooLong' : 'email.invalid',
      })),
    );
  }
  const email = parsedEmail.data;
  assertPasswordAllowed(
    input.password,
    { email, name: input.name },
    options.passwordPath ?? 'password',
  );
  const passwordHash = await hashSecret(input.password);
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (tx) => {
    const existing = await tx.staffUser.findUnique({ where: { email }, select: { id: true } });
    if (existing) throw new AppError('CONFLICT', 'staffUser.emailTaken');
    const user = await tx.staffUser.create({
      data: {
        email,
        name: input.name.trim(),
        role: input.role,
        locale: input.locale ?? 'fi',
        passwordHash,
        sessionsValidFrom: now,
      },
      select: staffUserViewSelect,
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: options.createdById ? 'staff' : 'system',
      actorId: options.createdById ?? null,
      action: 'staff.user_created',
      recordType: 'staff_user',
      recordId: user.id,
      details: { after: { role: user.role, isActive: true } },
    });
    return toStaffUserView(user);
  });
}
