import type { WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { requestPathOf } from '../request-core/request-paths';

/** Completes the request with the handler's response letter, sent as a `completion` email. */
export async function completeRequest(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string; responseLetter: string },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      transition: 'complete',
      set: { responseLetter: input.responseLetter },
      event: { type: 'completed', data: null },
      audit: ({ previousStatus, status }) => ({
        action: 'request.completed',
        details: {
          before: { status: previousStatus },
          after: { status },
          letterLength: input.responseLetter.length,
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
          },
        },
      ],
    });
    return { requestId: request.id, version };
  });
}
