import type { SetStaffPasswordResponse, StaffPasswordLink } from '@oikeus/contracts';
import { staffPasswordLinkPurposeSchema } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError, fieldError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { hashSecret, verifySecret } from './password-hash';
import { hashStaffPasswordToken } from './password-links';
import { assertPasswordAllowed, passwordProblemError } from './password-policy';
import { recordFailure, takeSignInAttempt } from './sign-in-staff';
import { revokeStaffSessions } from './staff-session';
import { startTotpEnrolment } from './start-totp-enrolment';
import { matchTotpStep, openTotpSecret } from './totp';

/** Malformed, unknown, used or expired: one answer for all (the reason key says why not which). */
function invalidLink(): AppError<'staffPasswordLink.invalid'> {
  return new AppError('VALIDATION_FAILED', 'staffPasswordLink.invalid');
}

/** A link that still works, with its member; null when it does not. */
async function findUsableLink(ctx: AppContext, token: string) {
  const now = ctx.clock.now();
  const row = await ctx.db.prisma.staffPasswordToken.findUnique({
    where: { tokenHash: hashStaffPasswordToken(token) },
    select: {
      id: true,
      purpose: true,
      expiresAt: true,
      usedAt: true,
      staffUser: {
        select: {
          id: true,
          email: true,
          name: true,
          isActive: true,
          passwordHash: true,
          mustSetPassword: true,
          totpEnabledAt: true,
          totpSecret: true,
          lastTotpStep: true,
        },
      },
    },
  });
  const purpose = staffPasswordLinkPurposeSchema.safeParse(row?.purpose);
  if (!row || !purpose.success || row.usedAt || row.expiresAt <= now) return null;
  if (!row.staffUser.isActive) return null;
  return { ...row, purpose: purpose.data, user: row.staffUser };
}

/** What the set-password page needs to know before the member types anything. */
export async function checkStaffPasswordLink(
  ctx: AppContext,
  token: string,
): Promise<StaffPasswordLink> {
  const link = await findUsableLink(ctx, token);
  if (!link) throw invalidLink();
  return {
    purpose: link.purpose,
    email: link.user.email,
    name: link.user.name,
    requiresTotp: link.user.totpEnabledAt !== null,
    expiresAt: link.expiresAt.toISOString(),
  };
}

export type UseStaffPasswordLinkResult =
  | Extract<SetStaffPasswordResponse, { status: 'password_set' }>
  | (Extract<SetStaffPasswordResponse, { status: 'enrolment_required' }> & { staffId: string });

/**
 * Sets the password with a one-time link (issue #19). A member who has an
 * authenticator proves it with a current code, taken and counted like a
 * sign-in attempt (five failures lock the account), so a stolen mailbox alone
 * does not open the console (GDPR Art. 32(1)(b)). The link is spent in the
 * same transaction that sets the password, guarded so two uses cannot both
 * win; every session of the member ends. A new member (or one whose
 * authenticator was reset) goes on to enrol TOTP.
 */
export async function useStaffPasswordLink(
  ctx: AppContext,
  input: { token: string; newPassword: string; totp?: string | undefined },
): Promise<UseStaffPasswordLinkResult> {
  const link = await findUsableLink(ctx, input.token);
  if (!link) throw invalidLink();
  const { user } = link;
  assertPasswordAllowed(input.newPassword, user, 'newPassword');

  let totpStep: number | null = null;
  if (user.totpEnabledAt) {
    if (!(await takeSignInAttempt(ctx, user.id))) {
      throw new AppError('RATE_LIMITED', 'staffPasswordLink.locked');
    }
    const secret = user.totpSecret ? openTotpSecret(ctx, user.totpSecret) : null;
    totpStep =
      secret && input.totp ? matchTotpStep(ctx, secret, input.totp, user.lastTotpStep) : null;
    if (totpStep === null) {
      await recordFailure(ctx, user.id);
      throw fieldError('totp', 'staffPasswordLink.totpInvalid');
    }
  }
  if (!user.mustSetPassword && (await verifySecret(user.passwordHash, input.newPassword))) {
    throw passwordProblemError('reused', 'newPassword');
  }
  const passwordHash = await hashSecret(input.newPassword);
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (tx) => {
    const spent = await tx.staffPasswordToken.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count === 0) throw invalidLink();
    // Any other link of theirs is spent too: the password they chose is the one that counts.
    await tx.staffPasswordToken.updateMany({
      where: { staffUserId: user.id, usedAt: null },
      data: { usedAt: now },
    });
    const updated = await tx.staffUser.updateMany({
      where: { id: user.id, lastTotpStep: user.lastTotpStep },
      data: {
        passwordHash,
        mustSetPassword: false,
        failedLogins: 0,
        lockedUntil: null,
        sessionsValidFrom: now,
        ...(totpStep !== null ? { lastTotpStep: totpStep } : {}),
      },
    });
    if (updated.count === 0) throw invalidLink();
    const sessionsEnded = await revokeStaffSessions(tx, user.id, now);
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: user.id,
      action: 'staff.password_set_by_link',
      recordType: 'staff_user',
      recordId: user.id,
      details: { purpose: link.purpose, sessionsEnded },
    });
  });
  if (user.totpEnabledAt) return { status: 'password_set' };
  return {
    status: 'enrolment_required',
    staffId: user.id,
    enrolment: await startTotpEnrolment(ctx, user),
  };
}
