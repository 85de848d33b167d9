import type { StaffUser } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { revokeStaffSessions } from './staff-session';
import { staffUserViewSelect, toStaffUserView } from './staff-user-view';

/**
 * For a lost authenticator: removes the TOTP secret and recovery codes and
 * revokes every console session; the user enrols again at the next sign-in.
 */
export async function resetStaffTotp(
  ctx: AppContext,
  input: { actorId: string; staffId: string },
): Promise<StaffUser> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (tx) => {
    const exists = await tx.staffUser.findUnique({
      where: { id: input.staffId },
      select: { id: true },
    });
    if (!exists) throw new AppError('NOT_FOUND');
    const user = await tx.staffUser.update({
      where: { id: input.staffId },
      data: { totpSecret: null, totpEnabledAt: null, recoveryCodes: '[]', sessionsValidFrom: now },
      select: staffUserViewSelect,
    });
    await revokeStaffSessions(tx, input.staffId, now);
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: input.actorId,
      action: 'staff.totp_reset',
      recordType: 'staff_user',
      recordId: input.staffId,
    });
    return toStaffUserView(user, now);
  });
}
