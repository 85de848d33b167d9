import { IllegalTransitionError, planTransition, type RequestStatus } from '@oikeus/domain';
import type { Locale, SubjectRequestSummary } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { revokeExports } from '../exports/revoke-exports';
import { requestMessages } from './request-messages';
import { subjectRequestSelect, toSubjectRequestSummary } from './to-subject-request';

export interface WithdrawRequestInput {
  /** The version the subject saw; a handler's change in between makes this a 409. */
  version: number;
  reason?: string;
}

/**
 * The subject withdraws their own request. The domain lifecycle decides
 * whether the status allows it (closed requests cannot be withdrawn); an
 * open identity pause is closed with it. Status, pause, event and audit entry
 * commit together, guarded by the version column.
 */
export async function withdrawRequest(
  ctx: AppContext,
  accountId: string,
  requestId: string,
  input: WithdrawRequestInput,
  locale: Locale,
): Promise<SubjectRequestSummary> {
  const now = ctx.clock.now();
  const row = await inTransaction(ctx.db, async (tx) => {
    const request = await tx.rightsRequest.findFirst({
      where: { id: requestId, accountId },
      select: { id: true, status: true, version: true },
    });
    if (!request) throw new AppError('NOT_FOUND');
    if (request.version !== input.version) throw new AppError('CONFLICT');
    let plan;
    try {
      plan = planTransition(request.status as RequestStatus, 'withdraw');
    } catch (error) {
      if (error instanceof IllegalTransitionError) {
        throw new AppError('ILLEGAL_TRANSITION', requestMessages.cannotWithdraw[locale]);
      }
      throw error;
    }
    const updated = await tx.rightsRequest.updateMany({
      where: { id: requestId, accountId, version: input.version },
      data: { status: plan.to, closedAt: now, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError('CONFLICT');
    if (plan.suspension === 'end') {
      await tx.requestSuspension.updateMany({
        where: { requestId, endedAt: null },
        data: { endedAt: now },
      });
    }
    await tx.requestEvent.create({
      data: {
        requestId,
        type: 'withdrawn',
        actorType: 'subject',
        actorId: accountId,
        isVisibleToSubject: true,
        data: input.reason ? JSON.stringify({ reason: input.reason }) : null,
        createdAt: now,
      },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'subject',
      actorId: accountId,
      action: 'request.withdrawn',
      requestId,
      details: { from: plan.from, to: plan.to, hasReason: Boolean(input.reason) },
    });
    // A withdrawn request needs no copy of the person's data: its packages
    // are destroyed and their links stop working (GDPR Art. 5(1)(e)).
    await revokeExports(tx, ctx, {
      requestIds: [requestId],
      reason: 'request_withdrawn',
      at: now,
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
