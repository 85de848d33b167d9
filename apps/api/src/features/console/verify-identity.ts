import type { WriteResult } from '@oikeus/contracts';
import type { RequestAction } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';

/**
 * Records that the handler checked the subject's identity and how — a note,
 * never a copy of an ID document (EDPB Guidelines 01/2022 §§65, 73–75): the
 * files the subject sent as identity answers are deleted now. From
 * identity_pending this is the `verify_identity` action and the paused clock
 * resumes; from received (also after the subject answered an identity
 * question) it starts the work; in progress it only records.
 */
export async function verifyIdentity(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string; note: string },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    const actions: Partial<Record<typeof request.status, RequestAction | null>> = {
      identity_pending: 'verify_identity',
      received: 'start',
      in_progress: null,
    };
    const action = actions[request.status];
    if (action === undefined) throw new AppError('ILLEGAL_TRANSITION', 'identity.notApplicable');
    const now = ctx.clock.now();
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      ...(action ? { transition: action } : {}),
      // The files of the subject's identity answers are deleted; the note stays.
      verifiesIdentity: true,
      set: {
        identityVerifiedAt: now,
        identityVerifiedById: input.staffId,
        identityNote: input.note,
      },
      event: ({ deadline }) => ({
        type: 'identity_verified',
        data: { dueDate: deadline.effectiveDueDate },
      }),
      audit: ({ previousStatus, previousDueDate, status, deadline }) => ({
        action: 'request.identity_verified',
        details: {
          before: { status: previousStatus, dueDate: previousDueDate },
          after: { status, dueDate: deadline.effectiveDueDate },
          // What was checked, in the handler's words; no document copy is kept.
          note: input.note,
        },
      }),
    });
    return { requestId: request.id, version };
  });
}
