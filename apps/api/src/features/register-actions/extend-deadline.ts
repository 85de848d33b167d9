import type { WriteResult } from '@oikeus/contracts';
import { canExtend, isTerminal } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import {
  commitRequestChange,
  loadRequestForWrite,
  recordRequestEvent,
  requestPathOf,
} from '../console/request-write';
import { enqueueMail } from '../mail/enqueue-mail';
import { computeRequestDeadline } from '../requests/compute-request-deadline';

export interface ExtensionMessages {
  requestClosed: string;
  extensionAlreadyUsed: string;
  extensionTooLate: string;
}

/**
 * GDPR Art. 12(3): extends by two further months (three from receipt), once,
 * only before the one-month deadline, with reasons the subject receives in an
 * `extension_notice` email in the same transaction.
 */
export async function extendDeadline(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string; reasons: string },
  messages: ExtensionMessages,
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input.requestId, input.version);
    if (isTerminal(request.status))
      throw new AppError('ILLEGAL_TRANSITION', messages.requestClosed);
    const before = computeRequestDeadline(ctx, request);
    const check = canExtend({
      now: ctx.clock.now(),
      deadline: before,
      isExtended: request.isExtended,
      timeZone: ctx.env.CONTROLLER_TIME_ZONE,
    });
    if (!check.isAllowed) {
      throw new AppError(
        'ILLEGAL_TRANSITION',
        check.reason === 'already_extended'
          ? messages.extensionAlreadyUsed
          : messages.extensionTooLate,
      );
    }
    const now = ctx.clock.now();
    const { version, deadline } = await commitRequestChange(tx, ctx, request, {
      data: { isExtended: true, extendedAt: now, extensionReason: input.reasons },
    });
    await recordRequestEvent(tx, ctx, {
      requestId: request.id,
      type: 'deadline_extended',
      actorId: input.staffId,
      isVisibleToSubject: true,
      data: {
        previousDueDate: before.effectiveDueDate,
        newDueDate: deadline.effectiveDueDate,
        reason: input.reasons,
      },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: input.staffId,
      action: 'request.deadline_extended',
      requestId: request.id,
      details: {
        before: { isExtended: false, dueDate: before.effectiveDueDate },
        after: { isExtended: true, dueDate: deadline.effectiveDueDate },
        reasons: input.reasons,
      },
    });
    await enqueueMail(tx, ctx, {
      template: 'extension_notice',
      to: request.account.email,
      locale: request.locale,
      requestId: request.id,
      dedupeKey: `extension_notice:${request.id}`,
      data: {
        reference: request.reference,
        requestType: request.type,
        previousDueDate: before.effectiveDueDate,
        newDueDate: deadline.effectiveDueDate,
        reasons: input.reasons,
        requestPath: requestPathOf(request.id),
      },
    });
    return { requestId: request.id, version };
  });
}
