import type { NoteWithholdingGround, WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { commitRequestChange, loadRequestForWrite, recordRequestEvent } from './request-write';

/**
 * An internal note: staff only, not shown in the portal (the portal filters
 * isInternalNote), but part of the subject's access copy unless a withholding
 * ground is recorded with it (CJEU C-434/16 Nowak; Art. 15(4)).
 */
export async function addInternalNote(
  ctx: AppContext,
  input: {
    requestId: string;
    version: number;
    staffId: string;
    body: string;
    withholding?: { ground: NoteWithholdingGround; reason: string } | undefined;
  },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input.requestId, input.version);
    const { version } = await commitRequestChange(tx, ctx, request, {});
    const now = ctx.clock.now();
    const note = await tx.requestMessage.create({
      data: {
        requestId: request.id,
        authorType: 'staff',
        authorStaffId: input.staffId,
        body: input.body,
        isInternalNote: true,
        withholdingGround: input.withholding?.ground ?? null,
        withholdingReason: input.withholding?.reason ?? null,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordRequestEvent(tx, ctx, {
      requestId: request.id,
      type: 'internal_note_added',
      actorId: input.staffId,
      isVisibleToSubject: false,
      data: { messageId: note.id },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: input.staffId,
      action: 'request.note_added',
      requestId: request.id,
      // The note's text stays in the request; the audit row only says one was written.
      details: {
        messageId: note.id,
        length: input.body.length,
        withholdingGround: input.withholding?.ground ?? null,
      },
    });
    return { requestId: request.id, version };
  });
}
