import type { RequestIdentityInfoResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { fieldError } from '../../errors/app-error';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { requestPathOf } from '../request-core/request-paths';
import { identityQuestionFacts } from './identity-question-timing';

/**
 * GDPR Art. 12(6): with reasonable doubt about identity the handler asks for
 * more. The request goes to identity_pending and the deadline clock pauses
 * until the subject answers or the handler resumes (EDPB Guidelines 01/2022
 * §159) — stored as an interval, never a restart. The question is a portal
 * message (the subject answers there) and an `identity_question` email.
 *
 * Once the identity was recorded as checked, a new question needs a reason
 * (kept in the audit entry). A question asked later than the set number of
 * working days after receipt is still sent, but the answer and the audit
 * entry say the pause may not hold (§159: the controller asks without undue
 * delay, when the doubt arises from the request).
 */
export async function requestIdentityInfo(
  ctx: AppContext,
  input: {
    requestId: string;
    version: number;
    staffId: string;
    question: string;
    reason?: string | undefined;
  },
): Promise<RequestIdentityInfoResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    const facts = await identityQuestionFacts(ctx, tx, request.id);
    const reason = input.reason?.trim() ? input.reason : undefined;
    if (facts.isReasonRequired && !reason) {
      throw fieldError('reason', 'identity.reasonRequired');
    }
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      transition: 'request_identity',
      suspensionReason: 'identity_information_requested',
      // The identity_question email below carries the question; no second mail.
      subjectMessage: { body: input.question, mailDedupeKey: null },
      event: { type: 'identity_info_requested', data: null },
      audit: ({ previousStatus, previousDueDate, status, deadline }) => ({
        action: 'request.identity_info_requested',
        details: {
          before: { status: previousStatus, dueDate: previousDueDate },
          after: { status, dueDate: deadline.effectiveDueDate, isSuspended: true },
          ...(reason ? { reason } : {}),
          workingDaysSinceReceipt: facts.workingDaysSinceReceipt,
          ...(facts.isLate ? { isLate: true, limitWorkingDays: facts.limitWorkingDays } : {}),
        },
      }),
      mail: ({ version }) => [
        {
          template: 'identity_question',
          to: request.account.email,
          locale: request.locale,
          requestId: request.id,
          dedupeKey: `identity_question:${request.id}:${version}`,
          data: {
            reference: request.reference,
            question: input.question,
            requestPath: requestPathOf(request.id),
          },
        },
      ],
    });
    return { requestId: request.id, version, isLate: facts.isLate };
  });
}
