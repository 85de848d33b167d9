import type { RefusalGround, WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import {
  commitRequestChange,
  loadRequestForWrite,
  recordRequestEvent,
  requestPathOf,
} from '../console/request-write';
import { enqueueMail } from '../mail/enqueue-mail';

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
    const request = await loadRequestForWrite(tx, input.requestId, input.version);
    const { version, status } = await commitRequestChange(tx, ctx, request, {
      action: 'refuse',
      data: { refusalGround: input.ground, refusalReason: input.reasons },
    });
    await recordRequestEvent(tx, ctx, {
      requestId: request.id,
      type: 'refused',
      actorId: input.staffId,
      isVisibleToSubject: true,
      data: { ground: input.ground },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: ctx.clock.now(),
      actorType: 'staff',
      actorId: input.staffId,
      action: 'request.refused',
      requestId: request.id,
      details: {
        before: { status: request.status },
        after: { status, ground: input.ground },
        reasons: input.reasons,
      },
    });
    await enqueueMail(tx, ctx, {
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
    });
    return { requestId: request.id, version };
  });
}
