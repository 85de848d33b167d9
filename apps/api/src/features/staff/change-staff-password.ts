import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError, fieldError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { hashSecret, verifySecret } from './password-hash';
import { assertPasswordAllowed, passwordProblemError } from './password-policy';
import { revokeStaffSessions } from './staff-session';

/**
 * Replaces the (temporary) password under the one password policy, and
 * revokes every other console session of the member in the same
 * transaction: whoever knew the old password is signed out everywhere but here.
 */
export async function changeStaffPassword(
  ctx: AppContext,
  input: {
    staffId: string;
    currentPassword: string;
    newPassword: string;
    /** The session making the change; it stays signed in. */
    currentSessionId: string;
  },
): Promise<void> {
  const user = await ctx.db.prisma.staffUser.findUnique({ where: { id: input.staffId } });
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifySecret(user.passwordHash, input.currentPassword))) {
    throw fieldError('currentPassword', 'staffPassword.currentWrong');
  }
  assertPasswordAllowed(input.newPassword, user, 'newPassword');
  if (await verifySecret(user.passwordHash, input.newPassword)) {
    throw passwordProblemError('reused', 'newPassword');
  }
  const passwordHash = await hashSecret(input.newPassword);
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (tx) => {
    await tx.staffUser.update({ where: { id: user.id }, data: { passwordHash } });
    const sessions = await revokeStaffSessions(tx, user.id, now, input.currentSessionId);
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: user.id,
      action: 'staff.password_changed',
      recordType: 'staff_user',
      recordId: user.id,
      details: { otherSessionsEnded: sessions },
    });
  });
}
