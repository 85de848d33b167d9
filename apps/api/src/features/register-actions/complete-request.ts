import type { PartialRefusal, WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { requestPathOf } from '../request-core/request-paths';
import { assertRefusalGroundHolds } from './assert-refusal-ground';
import { hasRequiredAction } from './required-action';

/**
 * Completes the request with the handler's response letter, sent as a
 * `completion` email. Completion requires the action (issue #17): a released
 * package for access and portability, the applied change for rectification,
 * erasure, restriction and objection — or a partial refusal that states what
 * was not done and on which ground, which the email carries with the
 * complaint route and the judicial remedy (Art. 12(4), 77, 79).
 */
export async function completeRequest(
  ctx: AppContext,
  input: {
    requestId: string;
    version: number;
    staffId: string;
    responseLetter: string;
    partialRefusal?: PartialRefusal | undefined;
  },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    const { partialRefusal } = input;
    if (partialRefusal) {
      await assertRefusalGroundHolds(tx, request, partialRefusal.ground);
    } else if (!(await hasRequiredAction(tx, request))) {
      throw new AppError('ILLEGAL_TRANSITION', 'completion.actionMissing', {
        type: request.type,
      });
    }
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      transition: 'complete',
      set: {
        responseLetter: input.responseLetter,
        ...(partialRefusal
          ? { refusalGround: partialRefusal.ground, refusalReason: partialRefusal.reasons }
          : {}),
      },
      event: {
        type: 'completed',
        data: partialRefusal ? { partialRefusalGround: partialRefusal.ground } : null,
      },
      audit: ({ previousStatus, status }) => ({
        action: 'request.completed',
        details: {
          before: { status: previousStatus },
          after: { status },
          letterLength: input.responseLetter.length,
          ...(partialRefusal ? { partialRefusal } : {}),
        },
      }),
      mail: [
        {
          template: 'completion',
          to: request.account.email,
          locale: request.locale,
          requestId: request.id,
          dedupeKey: `completion:${request.id}`,
          data: {
            reference: request.reference,
            requestType: request.type,
            responseLetter: input.responseLetter,
            requestPath: requestPathOf(request.id),
            ...(partialRefusal
              ? {
                  partialRefusal: {
                    legalGround: partialRefusal.ground,
                    reasons: partialRefusal.reasons,
                  },
                }
              : {}),
          },
        },
      ],
    });
    return { requestId: request.id, version };
  });
}
