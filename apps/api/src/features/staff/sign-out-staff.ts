import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { revokeStaffSessions } from './staff-session';

/**
 * Sign-out of this browser: the session row is revoked, so the cookie is
 * worthless even if a copy of it survives (a shared computer, a proxy log).
 */
export async function signOutStaff(
  ctx: AppContext,
  input: { staffId: string; sessionId: string },
): Promise<void> {
  await ctx.db.prisma.staffSession.updateMany({
    where: { id: input.sessionId, staffUserId: input.staffId, revokedAt: null },
    data: { revokedAt: ctx.clock.now() },
  });
}

/** Ends every console session of the staff member, this one included. */
export async function signOutStaffEverywhere(ctx: AppContext, staffId: string): Promise<void> {
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (tx) => {
    const sessions = await revokeStaffSessions(tx, staffId, now);
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: staffId,
      action: 'staff.signed_out_everywhere',
      recordType: 'staff_user',
      recordId: staffId,
      details: { sessions },
    });
  });
}
