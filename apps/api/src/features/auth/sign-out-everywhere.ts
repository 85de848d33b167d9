import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';

/**
 * Ends every session of the account on every device: tokens issued at or
 * before this instant stop working (require-subject.ts compares `iatMs`).
 * One millisecond later is the first instant a new sign-in is accepted.
 */
export async function signOutEverywhere(ctx: AppContext, accountId: string): Promise<void> {
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (tx) => {
    await tx.account.update({
      where: { id: accountId },
      data: { sessionsValidFrom: new Date(now.getTime() + 1) },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'subject',
      actorId: accountId,
      action: 'subject.signed_out_everywhere',
    });
  });
}
