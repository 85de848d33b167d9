import type { WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';

/** An internal note: staff only, never shown in the portal (the portal filters isInternalNote). */
export async function addInternalNote(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string; body: string },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    const note = await tx.requestMessage.create({
      data: {
        requestId: request.id,
        authorType: 'staff',
        authorStaffId: input.staffId,
        body: input.body,
        isInternalNote: true,
        createdAt: ctx.clock.now(),
      },
      select: { id: true },
    });
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      event: { type: 'internal_note_added', data: { messageId: note.id } },
      // The note's text stays in the request; the audit row only says one was written.
      audit: {
        action: 'request.note_added',
        details: { messageId: note.id, length: input.body.length },
      },
    });
    return { requestId: request.id, version };
  });
}
