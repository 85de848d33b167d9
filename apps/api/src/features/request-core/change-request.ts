import {
  IllegalTransitionError,
  planTransition,
  updateSuspensions,
  type Deadline,
  type RequestAction,
  type RequestStatus,
  type SuspensionChange,
} from '@oikeus/domain';
import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry, type AuditRecordInput } from '../audit/append-audit-entry';
import { enqueueMail, enqueueMails, type AnyEnqueueMailInput } from '../mail/enqueue-mail';
import { deleteAttachmentFiles } from './delete-attachment-files';
import type { RequestForWrite } from './load-request-for-write';
import { computeRequestDeadline } from './request-deadline';
import { requestPathOf } from './request-paths';
import {
  writeRequestEvent,
  type RequestActor,
  type RequestEventInput,
} from './write-request-event';

/** Columns a change may set besides status, deadline and version. */
export interface RequestColumns {
  assigneeId?: string | null;
  isExtended?: boolean;
  extendedAt?: Date;
  extensionReason?: string;
  identityVerifiedAt?: Date;
  identityVerifiedById?: string;
  identityNote?: string;
  refusalGround?: string;
  refusalReason?: string;
  responseLetter?: string;
}

/** What the change did; event, audit and mail may be built from it. */
export interface RequestChangeOutcome {
  version: number;
  previousStatus: RequestStatus;
  status: RequestStatus;
  previousDueDate: string;
  deadline: Deadline;
  /** The handler's message to the subject, when the change wrote one. */
  messageId: string | null;
  /** Files whose content this change deleted (identity verified, or the request closed). */
  attachmentsDeleted: string[];
}

type OrFrom<T> = T | ((outcome: RequestChangeOutcome) => T);

export interface RequestChange {
  actor: RequestActor;
  /** A lifecycle action, checked and planned by the domain state machine. */
  transition?: RequestAction;
  /** Why the clock pauses, when the transition opens a suspension. */
  suspensionReason?: string;
  set?: RequestColumns;
  /**
   * For a record of work that changes nothing a handler decides on (a compiled
   * package): the row is locked and the event written, but the version stays,
   * so copies open in other consoles remain valid.
   */
  keepsVersion?: boolean;
  /** The timeline entry; `null` for a change that adds none (a message, a retry). */
  event: OrFrom<RequestEventInput | null>;
  /** The audit entry for the request as a whole; per-record entries are the caller's. */
  audit?: OrFrom<AuditRecordInput>;
  /**
   * A message from the handler to the subject, kept in the portal. With a
   * `mailDedupeKey`, a `handler_message` email says it is there (the content
   * may hold personal data and stays on the authenticated channel); `null`
   * when the change queues its own email about it.
   */
  subjectMessage?: { body: string; mailDedupeKey: string | null };
  /** Emails queued in the same transaction (transactional outbox). */
  mail?: OrFrom<AnyEnqueueMailInput[]>;
  /**
   * Identity is verified by this change: the files the subject sent as
   * identity answers are deleted now, the handler's note stays (the notice).
   */
  verifiesIdentity?: boolean;
}

function resolve<T>(value: OrFrom<T>, outcome: RequestChangeOutcome): T {
  return typeof value === 'function'
    ? (value as (outcome: RequestChangeOutcome) => T)(outcome)
    : value;
}

/**
 * The one way a request changes (DESIGN.md "Request lifecycle"). In the
 * caller's transaction, after `loadRequestForWrite` locked the row:
 * checks the lifecycle action with the domain (`planTransition`), opens or
 * closes the identity pause (`updateSuspensions`; Art. 12(6), EDPB 01/2022
 * §159: a pause, never a restart), recomputes and stores the deadline
 * (Art. 12(3)), bumps `version` with an update guarded on the version that
 * was loaded — a second writer gets 409 CONFLICT — and writes the timeline
 * event, the audit entry, the handler's message and the queued emails, so all
 * of them commit together or not at all.
 */
export async function changeRequest(
  tx: Tx,
  ctx: AppContext,
  request: RequestForWrite,
  change: RequestChange,
): Promise<RequestChangeOutcome> {
  const now = ctx.clock.now();
  let status = request.status;
  let suspension: SuspensionChange = 'none';
  if (change.transition) {
    try {
      const plan = planTransition(request.status, change.transition);
      status = plan.to;
      suspension = plan.suspension;
    } catch (error) {
      if (error instanceof IllegalTransitionError) throw new AppError('ILLEGAL_TRANSITION');
      throw error;
    }
  }
  const before = request.suspensions.map((s) => ({ from: s.startedAt, to: s.endedAt }));
  const after = updateSuspensions(before, suspension, now);
  const isOpen = (s: { to: Date | null }) => s.to === null;
  const opensPause = after.filter(isOpen).length > before.filter(isOpen).length;
  const closesPause = after.filter(isOpen).length < before.filter(isOpen).length;
  const deadline = computeRequestDeadline(ctx, {
    receivedAt: request.receivedAt,
    isExtended: change.set?.isExtended ?? request.isExtended,
    suspensions: after.map((s) => ({ startedAt: s.from, endedAt: s.to })),
  });
  const isClosing =
    status !== request.status && ['completed', 'refused', 'withdrawn'].includes(status);

  const updated = await tx.rightsRequest.updateMany({
    where: { id: request.id, version: request.version },
    data: {
      ...change.set,
      status,
      dueDate: deadline.effectiveDueDate,
      targetDate: deadline.targetDate,
      ...(isClosing ? { closedAt: now } : {}),
      version: { increment: change.keepsVersion ? 0 : 1 },
    },
  });
  if (updated.count === 0) throw new AppError('CONFLICT');
  if (opensPause) {
    await tx.requestSuspension.create({
      data: {
        requestId: request.id,
        startedAt: now,
        reason: change.suspensionReason ?? 'identity_information_requested',
      },
    });
  } else if (closesPause) {
    await tx.requestSuspension.updateMany({
      where: { requestId: request.id, endedAt: null },
      data: { endedAt: now },
    });
  }

  let messageId: string | null = null;
  if (change.subjectMessage) {
    if (change.actor.type !== 'staff') throw new Error('Only staff write to the subject.');
    const message = await tx.requestMessage.create({
      data: {
        requestId: request.id,
        authorType: 'staff',
        authorStaffId: change.actor.id,
        body: change.subjectMessage.body,
        isInternalNote: false,
        createdAt: now,
      },
      select: { id: true },
    });
    messageId = message.id;
    if (change.subjectMessage.mailDedupeKey !== null) {
      await enqueueMail(tx, ctx, {
        template: 'handler_message',
        to: request.account.email,
        locale: request.locale,
        requestId: request.id,
        dedupeKey: change.subjectMessage.mailDedupeKey,
        data: { reference: request.reference, requestPath: requestPathOf(request.id) },
      });
    }
  }

  // The notice: identity documents go once identity is verified, every file
  // once the request is closed; the rows stay to say so.
  const attachmentsDeleted = [
    ...(change.verifiesIdentity
      ? await deleteAttachmentFiles(tx, {
          requestId: request.id,
          reason: 'identity_verified',
          at: now,
        })
      : []),
    ...(isClosing
      ? await deleteAttachmentFiles(tx, {
          requestId: request.id,
          reason: 'request_closed',
          at: now,
        })
      : []),
  ];

  const outcome: RequestChangeOutcome = {
    version: change.keepsVersion ? request.version : request.version + 1,
    previousStatus: request.status,
    status,
    previousDueDate: request.dueDate,
    deadline,
    messageId,
    attachmentsDeleted,
  };
  const event = resolve(change.event, outcome);
  if (event) await writeRequestEvent(tx, ctx, request.id, change.actor, event);
  if (change.audit) {
    const audit = resolve(change.audit, outcome);
    await appendAuditEntry(tx, ctx.db, {
      ...audit,
      // Ids only: which files went with this change (Art. 5(2)).
      ...(attachmentsDeleted.length > 0
        ? { details: { ...audit.details, attachmentsDeleted } }
        : {}),
      at: now,
      actorType: change.actor.type,
      actorId: change.actor.type === 'system' ? null : change.actor.id,
      requestId: request.id,
    });
  }
  if (change.mail) {
    const mails = resolve(change.mail, outcome);
    if (mails.length > 0) await enqueueMails(tx, ctx, mails);
  }
  return outcome;
}
