import type { Locale, StaffRole, StaffUser } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { revokeStaffSessions } from './staff-session';
import { staffUserViewSelect, toStaffUserView } from './staff-user-view';

/**
 * Changes a staff user's role or deactivates them. Deactivation revokes every
 * console session of theirs in the same transaction (so re-activating them
 * later does not bring an old session back); an admin cannot lock themselves out.
 */
export async function updateStaffUser(
  ctx: AppContext,
  input: {
    /** The admin; null for `dsr staff disable` (the system acts). */
    actorId: string | null;
    staffId: string;
    role?: StaffRole | undefined;
    isActive?: boolean | undefined;
    locale?: Locale | undefined;
  },
): Promise<StaffUser> {
  if (input.actorId === input.staffId)
    throw new AppError('FORBIDDEN', 'staffUser.cannotChangeSelf');
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (tx) => {
    const before = await tx.staffUser.findUnique({
      where: { id: input.staffId },
      select: staffUserViewSelect,
    });
    if (!before) throw new AppError('NOT_FOUND');
    const isDeactivating = input.isActive === false && before.isActive;
    const after = await tx.staffUser.update({
      where: { id: input.staffId },
      data: {
        ...(input.role ? { role: input.role } : {}),
        ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
        ...(input.locale ? { locale: input.locale } : {}),
        ...(isDeactivating ? { sessionsValidFrom: now } : {}),
      },
      select: staffUserViewSelect,
    });
    if (isDeactivating) await revokeStaffSessions(tx, input.staffId, now);
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: input.actorId ? 'staff' : 'system',
      actorId: input.actorId,
      action: 'staff.user_updated',
      recordType: 'staff_user',
      recordId: input.staffId,
      details: {
        before: { role: before.role, isActive: before.isActive, locale: before.locale },
        after: { role: after.role, isActive: after.isActive, locale: after.locale },
      },
    });
    return toStaffUserView(after, now);
  });
}
