import type { StaffMe } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError, fieldError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { generateRecoveryCodes } from './recovery-codes';
import { recordFailure, takeSignInAttempt } from './sign-in-staff';
import { matchTotpStep, openTotpSecret } from './totp';

/**
 * Finishes first-sign-in enrolment: the first code from the authenticator app
 * proves the secret was copied; then TOTP is on and ten recovery codes are
 * issued (shown once, stored as argon2 hashes).
 */
export async function confirmTotpEnrolment(
  ctx: AppContext,
  input: { staffId: string; totp: string },
): Promise<{ staff: StaffMe; recoveryCodes: string[] }> {
  const now = ctx.clock.now();
  const user = await ctx.db.prisma.staffUser.findFirst({
    where: { id: input.staffId, isActive: true, totpEnabledAt: null, totpSecret: { not: null } },
  });
  // The attempt is taken before the code is compared (sign-in-staff.ts).
  if (!user || !(await takeSignInAttempt(ctx, user.id))) throw new AppError('UNAUTHENTICATED');
  const secret = user.totpSecret ? openTotpSecret(ctx, user.totpSecret) : null;
  const totpStep = secret ? matchTotpStep(ctx, secret, input.totp, user.lastTotpStep) : null;
  if (totpStep === null) {
    await recordFailure(ctx, user.id);
    throw fieldError('totp', 'staffSignIn.enrolmentCodeInvalid');
  }
  const { codes, hashes } = await generateRecoveryCodes();
  await inTransaction(ctx.db, async (tx) => {
    const updated = await tx.staffUser.updateMany({
      where: { id: user.id, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: {
        totpEnabledAt: now,
        lastTotpStep: totpStep,
        recoveryCodes: JSON.stringify(hashes),
        failedLogins: 0,
        lockedUntil: null,
      },
    });
    if (updated.count === 0) throw new AppError('CONFLICT');
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: user.id,
      action: 'staff.totp_enrolled',
      recordType: 'staff_user',
      recordId: user.id,
    });
  });
  return {
    staff: { id: user.id, email: user.email, name: user.name, role: user.role },
    recoveryCodes: codes,
  };
}
