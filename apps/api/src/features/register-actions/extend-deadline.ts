import type { WriteResult } from '@oikeus/contracts';
import { canExtend, type ExtensionRefusalReason } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import type { ReasonKey } from '../../errors/reasons';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { computeRequestDeadline } from '../request-core/request-deadline';
import { requestPathOf } from '../request-core/request-paths';

const refusalReasons = {
  request_closed: 'extension.requestClosed',
  already_extended: 'extension.alreadyUsed',
  deadline_passed: 'extension.tooLate',
} as const satisfies Record<ExtensionRefusalReason, ReasonKey>;

/**
 * GDPR Art. 12(3): extends by two further months (three from receipt), once,
 * only before the one-month deadline, with reasons the subject receives in an
 * `extension_notice` email in the same transaction.
 */
export async function extendDeadline(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string; reasons: string },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    const before = computeRequestDeadline(ctx, request);
    const check = canExtend({
      now: ctx.clock.now(),
      status: request.status,
      deadline: before,
      isExtended: request.isExtended,
      timeZone: ctx.env.CONTROLLER_TIME_ZONE,
    });
    if (!check.isAllowed) {
      throw new AppError('ILLEGAL_TRANSITION', refusalReasons[check.reason]);
    }
    const now = ctx.clock.now();
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      set: { isExtended: true, extendedAt: now, extensionReason: input.reasons },
      event: ({ deadline }) => ({
        type: 'deadline_extended',
        data: {
          previousDueDate: before.effectiveDueDate,
          newDueDate: deadline.effectiveDueDate,
          reason: input.reasons,
        },
      }),
      audit: ({ deadline }) => ({
        action: 'request.deadline_extended',
        details: {
          before: { isExtended: false, dueDate: before.effectiveDueDate },
          after: { isExtended: true, dueDate: deadline.effectiveDueDate },
          reasons: input.reasons,
        },
      }),
      mail: ({ deadline }) => [
        {
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
        },
      ],
    });
    return { requestId: request.id, version };
  });
}
