import type { WriteResult } from '@oikeus/contracts';
import type { RequestAction } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { commitRequestChange, loadRequestForWrite, recordRequestEvent } from './request-write';

/**
 * Records that the handler checked the subject's identity and how — a note,
 * never a copy of an ID document (EDPB Guidelines 01/2022 §§65, 73–75). From
 * identity_pending this is the `verify_identity` action and the paused clock
 * resumes; from received it starts the work; in progress it only records.
 */
export async function verifyIdentity(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string; note: string },
  messages: { notApplicable: string },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input.requestId, input.version);
    const actions: Partial<Record<typeof request.status, RequestAction | null>> = {
      identity_pending: 'verify_identity',
      received: 'start',
      in_progress: null,
    };
    const action = actions[request.status];
    if (action === undefined) throw new AppError('ILLEGAL_TRANSITION', messages.notApplicable);
    const now = ctx.clock.now();
    const { version, status, deadline } = await commitRequestChange(tx, ctx, request, {
      ...(action ? { action } : {}),
      data: {
        identityVerifiedAt: now,
        identityVerifiedById: input.staffId,
        identityNote: input.note,
      },
    });
    await recordRequestEvent(tx, ctx, {
      requestId: request.id,
      type: 'identity_verified',
      actorId: input.staffId,
      isVisibleToSubject: true,
      data: { dueDate: deadline.effectiveDueDate },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: input.staffId,
      action: 'request.identity_verified',
      requestId: request.id,
      details: {
        before: { status: request.status, dueDate: request.dueDate },
        after: { status, dueDate: deadline.effectiveDueDate },
        // What was checked, in the handler's words; no document copy is kept.
        note: input.note,
      },
    });
    return { requestId: request.id, version };
  });
}
