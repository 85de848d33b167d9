import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';

/**
 * Ends every session of the account on every device: every SubjectSession row
 * is revoked, and tokens issued at or before this instant stop working
 * (require-subject.ts also compares `iatMs`).
 */
export async function signOutEverywhere(ctx: AppContext, accountId: string): Promise<void> {
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (tx) => {
    await tx.account.update({
      where: { id: accountId },
      data: { sessionsValidFrom: new Date(now.getTime() + 1) },
    });
    await tx.subjectSession.updateMany({
      where: { accountId, revokedAt: null },
      data: { revokedAt: now },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'subject',
      actorId: accountId,
      action: 'subject.signed_out_everywhere',
    });
  });
}

/** Sign-out of this browser: its session row is revoked, so a copied cookie stops working too. */
export async function signOutSubject(
  ctx: AppContext,
  claims: { accountId: string; sessionId: string },
): Promise<void> {
  await ctx.db.prisma.subjectSession.updateMany({
    where: { id: claims.sessionId, accountId: claims.accountId, revokedAt: null },
    data: { revokedAt: ctx.clock.now() },
  });
}
