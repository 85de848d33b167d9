import type { WriteResult } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { enqueueMail } from '../mail/enqueue-mail';
import {
  commitRequestChange,
  loadRequestForWrite,
  recordRequestEvent,
  requestPathOf,
} from './request-write';

/**
 * GDPR Art. 12(6): with reasonable doubt about identity the handler asks for
 * more. The request goes to identity_pending and the deadline clock pauses
 * until the handler resumes (EDPB Guidelines 01/2022 §159) — stored as an
 * interval, never a restart. The question is a portal message (the subject
 * answers there) and an `identity_question` email.
 */
export async function requestIdentityInfo(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string; question: string },
): Promise<WriteResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input.requestId, input.version);
    const now = ctx.clock.now();
    const { version, status, deadline } = await commitRequestChange(tx, ctx, request, {
      action: 'request_identity',
      suspensionReason: 'identity_information_requested',
    });
    await tx.requestMessage.create({
      data: {
        requestId: request.id,
        authorType: 'staff',
        authorStaffId: input.staffId,
        body: input.question,
        isInternalNote: false,
        createdAt: now,
      },
    });
    await recordRequestEvent(tx, ctx, {
      requestId: request.id,
      type: 'identity_info_requested',
      actorId: input.staffId,
      isVisibleToSubject: true,
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: input.staffId,
      action: 'request.identity_info_requested',
      requestId: request.id,
      details: {
        before: { status: request.status, dueDate: request.dueDate },
        after: { status, dueDate: deadline.effectiveDueDate, isSuspended: true },
      },
    });
    await enqueueMail(tx, ctx, {
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
    });
    return { requestId: request.id, version };
  });
}
