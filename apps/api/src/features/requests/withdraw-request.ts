import type { SubjectRequestSummary } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { revokeExports } from '../../copies/revoke-exports';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { subjectRequestSelect, toSubjectRequestSummary } from './to-subject-request';

export interface WithdrawRequestInput {
  /** The version the subject saw; a handler's change in between makes this a 409. */
  version: number;
  reason?: string;
}

/**
 * The subject withdraws their own request. The domain lifecycle decides
 * whether the status allows it (closed requests cannot be withdrawn) and
 * closes an open identity pause with it; request-core writes it all.
 */
export async function withdrawRequest(
  ctx: AppContext,
  accountId: string,
  requestId: string,
  input: WithdrawRequestInput,
): Promise<SubjectRequestSummary> {
  const row = await inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, {
      requestId,
      accountId,
      version: input.version,
    });
    try {
      await changeRequest(tx, ctx, request, {
        actor: { type: 'subject', id: accountId },
        transition: 'withdraw',
        event: { type: 'withdrawn', data: input.reason ? { reason: input.reason } : null },
        audit: ({ previousStatus, status }) => ({
          action: 'request.withdrawn',
          details: { from: previousStatus, to: status, hasReason: Boolean(input.reason) },
        }),
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'ILLEGAL_TRANSITION') {
        throw new AppError('ILLEGAL_TRANSITION', 'request.cannotWithdraw');
      }
      throw error;
    }
    // A withdrawn request needs no copy of the person's data: its packages
    // are destroyed and their links stop working (GDPR Art. 5(1)(e)).
    await revokeExports(tx, ctx, {
      requestIds: [requestId],
      reason: 'request_withdrawn',
      at: ctx.clock.now(),
      actorType: 'subject',
      actorId: accountId,
      causedByRequestId: requestId,
    });
    return tx.rightsRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: subjectRequestSelect,
    });
  });
  return toSubjectRequestSummary(ctx, row);
}
