import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';

/**
 * An admin puts a failed message back in the queue (e.g. after fixing the
 * address at the provider); the attempt count starts again. Audited.
 */
export async function retryFailedMail(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: { outboxId: string; staffId: string },
): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now();
    const updated = await tx.outboxMessage.updateMany({
      where: { id: input.outboxId, status: 'failed' },
      data: {
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        lockedBy: null,
        lockedUntil: null,
      },
    });
    if (updated.count === 0) throw new AppError('NOT_FOUND');
    const message = await tx.outboxMessage.findUniqueOrThrow({
      where: { id: input.outboxId },
      select: { requestId: true, template: true },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: input.staffId,
      action: 'mail.retry_failed',
      requestId: message.requestId,
      recordType: 'outbox_message',
      recordId: input.outboxId,
      details: { template: message.template },
    });
  });
}
