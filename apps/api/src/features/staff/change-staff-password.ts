import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { hashSecret, verifySecret } from './password-hash';

/** Replaces the (temporary) password; every other session ends. */
export async function changeStaffPassword(
  ctx: AppContext,
  input: { staffId: string; currentPassword: string; newPassword: string },
  messages: { currentPasswordWrong: string },
): Promise<void> {
  const user = await ctx.db.prisma.staffUser.findUnique({ where: { id: input.staffId } });
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifySecret(user.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION_FAILED', messages.currentPasswordWrong, [
      { path: 'currentPassword', message: messages.currentPasswordWrong },
    ]);
  }
  const passwordHash = await hashSecret(input.newPassword);
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (tx) => {
    await tx.staffUser.update({
      where: { id: user.id },
      data: { passwordHash, sessionsValidFrom: now },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: user.id,
      action: 'staff.password_changed',
      recordType: 'staff_user',
      recordId: user.id,
    });
  });
}
