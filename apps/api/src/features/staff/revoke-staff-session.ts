import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';

/**
 * Ends one of the staff member's own sessions (a browser left signed in
 * elsewhere). Scoped in the query to the caller's own sessions: another
 * member's session id answers 404 like an unknown one.
 */
export async function revokeStaffSession(
  ctx: AppContext,
  input: { staffId: string; sessionId: string },
): Promise<void> {
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (tx) => {
    const { count } = await tx.staffSession.updateMany({
      where: { id: input.sessionId, staffUserId: input.staffId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) throw new AppError('NOT_FOUND');
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: input.staffId,
      action: 'staff.session_revoked',
      recordType: 'staff_user',
      recordId: input.staffId,
    });
  });
}
