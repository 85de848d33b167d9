import type { StaffMe, TotpEnrolment } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { dummySecretHash, verifySecret } from './password-hash';
import { consumeRecoveryCode, parseRecoveryCodeHashes } from './recovery-codes';
import { startTotpEnrolment } from './start-totp-enrolment';
import { matchTotpStep, openTotpSecret } from './totp';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

export type StaffSignInResult =
  | { status: 'signed_in'; staff: StaffMe; remainingRecoveryCodes: number }
  | { status: 'enrolment_required'; staffId: string; enrolment: TotpEnrolment };

type SignInInput = {
  email: string;
  password: string;
  totp?: string | undefined;
  recoveryCode?: string | undefined;
};

/**
 * Password (argon2id) and TOTP or a single-use recovery code. Every failure —
 * unknown email, wrong password, wrong or missing code, locked account — gets
 * the same answer; five failures lock the account for 15 minutes. An attempt
 * is taken atomically before anything is compared (takeSignInAttempt), so a
 * burst of parallel guesses gets at most MAX_FAILED_SIGN_INS comparisons.
 */
export async function signInStaff(ctx: AppContext, input: SignInInput): Promise<StaffSignInResult> {
  const now = ctx.clock.now();
  const fail = () => new AppError('UNAUTHENTICATED', 'staffSignIn.failed');
  const user = await ctx.db.prisma.staffUser.findUnique({
    where: { email: input.email.trim().toLowerCase() },
  });

  if (!user || !user.isActive || !(await takeSignInAttempt(ctx, user.id))) {
    // Same work as a real check, so timing does not tell which case it was.
    await verifySecret(await dummySecretHash(), input.password);
    throw fail();
  }

  if (!(await verifySecret(user.passwordHash, input.password))) {
    await recordFailure(ctx, user.id);
    throw fail();
  }

  if (!user.totpEnabledAt) {
    // First sign-in (or after an admin reset): nothing else is allowed until a
    // second factor is enrolled.
    return {
      status: 'enrolment_required',
      staffId: user.id,
      enrolment: await startTotpEnrolment(ctx, user),
    };
  }

  let method: 'totp' | 'recovery_code' | null = null;
  let remaining = parseRecoveryCodeHashes(user.recoveryCodes);
  const secret = user.totpSecret ? openTotpSecret(ctx, user.totpSecret) : null;
  const totpStep =
    input.totp && secret ? matchTotpStep(ctx, secret, input.totp, user.lastTotpStep) : null;
  if (totpStep !== null) {
    method = 'totp';
  } else if (input.recoveryCode) {
    const left = await consumeRecoveryCode(remaining, input.recoveryCode);
    if (left) {
      method = 'recovery_code';
      remaining = left;
    }
  }
  if (!method) {
    await recordFailure(ctx, user.id);
    throw fail();
  }

  await inTransaction(ctx.db, async (tx) => {
    // A recovery code is single use: it is removed in the same write that signs in,
    // guarded on the stored list so two parallel uses of one code cannot both win.
    // The TOTP step is guarded the same way: of two sign-ins with one code, one wins.
    const updated = await tx.staffUser.updateMany({
      where: { id: user.id, recoveryCodes: user.recoveryCodes, lastTotpStep: user.lastTotpStep },
      data: {
        failedLogins: 0,
        lockedUntil: null,
        recoveryCodes: JSON.stringify(remaining),
        ...(totpStep !== null ? { lastTotpStep: totpStep } : {}),
      },
    });
    if (updated.count === 0) throw fail();
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: user.id,
      action: 'staff.signed_in',
      details: {
        method,
        ...(method === 'recovery_code' ? { remainingRecoveryCodes: remaining.length } : {}),
      },
    });
  });
  return {
    status: 'signed_in',
    staff: { id: user.id, email: user.email, name: user.name, role: user.role },
    remainingRecoveryCodes: remaining.length,
  };
}

/**
 * Takes one sign-in attempt before any password or code is compared: a single
 * conditional UPDATE (failedLogins < limit and not locked), atomic on SQLite
 * and PostgreSQL alike. Of N parallel guesses at most MAX_FAILED_SIGN_INS get
 * an attempt; the rest are refused without being checked. A successful
 * sign-in gives the attempt back (failedLogins = 0). False when none is left.
 */
export async function takeSignInAttempt(ctx: AppContext, staffId: string): Promise<boolean> {
  const now = ctx.clock.now();
  // A lockout that has run out starts a new round; of parallel requests only
  // the first matches `lockedUntil <= now`, so the count is reset once.
  await ctx.db.prisma.staffUser.updateMany({
    where: { id: staffId, lockedUntil: { lte: now } },
    data: { lockedUntil: null, failedLogins: 0 },
  });
  const taken = await ctx.db.prisma.staffUser.updateMany({
    where: { id: staffId, lockedUntil: null, failedLogins: { lt: MAX_FAILED_SIGN_INS } },
    data: { failedLogins: { increment: 1 } },
  });
  return taken.count === 1;
}

/**
 * Settles an attempt taken by takeSignInAttempt that failed: the attempt stays
 * counted, and when the limit is reached the account is locked for 15
 * minutes — by exactly one of the failing requests (the conditional update
 * matches once), which also writes the single audit entry.
 */
export async function recordFailure(ctx: AppContext, staffId: string): Promise<void> {
  const now = ctx.clock.now();
  const lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
  ctx.logger.info({ staffId }, 'staff sign-in failed');
  await inTransaction(ctx.db, async (tx) => {
    const locked = await tx.staffUser.updateMany({
      where: { id: staffId, lockedUntil: null, failedLogins: { gte: MAX_FAILED_SIGN_INS } },
      data: { lockedUntil },
    });
    if (locked.count === 0) return;
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'system',
      action: 'staff.locked_out',
      recordType: 'staff_user',
      recordId: staffId,
      details: { lockedUntil: lockedUntil.toISOString(), failedAttempts: MAX_FAILED_SIGN_INS },
    });
  });
}
