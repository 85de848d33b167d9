import type { RefusalGround, WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { requestPathOf } from '../request-core/request-paths';
import { assertRefusalGroundHolds } from './assert-refusal-ground';

/**
 * Refuses the request on a legal ground — identity not confirmed (Art. 11(2),
 * 12(2)) or manifestly unfounded or excessive (Art. 12(5), read narrowly: EDPB
 * 01/2022 §§175–190, the controller must be able to show why) — with reasons
 * and the complaint route (Art. 12(4)) in a `refusal` email. Closes an open
 * identity pause.
 */
export async function refuseRequest(
  ctx: AppContext,
  input: {
    requestId: string;
    version: number;
    staffId: string;
    ground: RefusalGround;
    reasons: string;
  },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    await assertRefusalGroundHolds(tx, request, input.ground);
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      transition: 'refuse',
      set: { refusalGround: input.ground, refusalReason: input.reasons },
      event: { type: 'refused', data: { ground: input.ground } },
      audit: ({ previousStatus, status }) => ({
        action: 'request.refused',
        details: {
          before: { status: previousStatus },
          after: { status, ground: input.ground },
          reasons: input.reasons,
        },
      }),
      mail: [
        {
          template: 'refusal',
          to: request.account.email,
          locale: request.locale,
          requestId: request.id,
          dedupeKey: `refusal:${request.id}`,
          data: {
            reference: request.reference,
            requestType: request.type,
            legalGround: input.ground,
            reasons: input.reasons,
            requestPath: requestPathOf(request.id),
          },
        },
      ],
    });
    return { requestId: request.id, version };
  });
}
