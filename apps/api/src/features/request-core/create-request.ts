import type { RequestChannel } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import { appendAuditEntry, type AuditRecordInput } from '../audit/append-audit-entry';
import { enqueueMails, type AnyEnqueueMailInput } from '../mail/enqueue-mail';
import type { MailRequestType } from '../mail/mail-format';
import { loadStaffMailDirectory, pickRequestMailRecipients } from '../staff/staff-mail-recipients';
import type { RequestType } from './load-request-for-write';
import type { RequestDeadlineFacts } from './request-deadline';
import { computeRequestDeadline } from './request-deadline';
import { consoleRequestPath } from './request-paths';
import {
  writeRequestEvent,
  type RequestActor,
  type RequestEventInput,
} from './write-request-event';

export interface NewRequest {
  reference: string;
  accountId: string;
  type: RequestType;
  targetsCustomerRegister: boolean;
  targetsMarketingRegister: boolean;
  details: string;
  locale: string;
  receivedAt: Date;
  /** How it arrived (issue #18); omitted: the portal. */
  channel?: RequestChannel;
  /** The handler who logged a request that came by another channel. */
  enteredById?: string | null;
  requesterPostalAddress?: string | null;
  /** A request staff enter may be given to someone at once; a portal request starts with nobody. */
  assigneeId?: string | null;
}

export interface CreatedRequest {
  id: string;
  dueDate: string;
  effectiveDueDate: string;
}

/**
 * The birth of a request, the one write that has no version to guard: the row
 * with its first deadline (Art. 12(3); receipt starts the period, EDPB
 * 01/2022 §159), then `effects` (work the request causes at once, e.g. an
 * objection's prohibitions) and the events, audit entry and emails, all in
 * the caller's transaction. Whoever creates it, staff hear of it here
 * (issue #19): the assignee, or — with nobody assigned — the contact person
 * and those who chose to hear of every new request (staff-mail-recipients.ts).
 */
export async function createRequest(
  tx: Tx,
  ctx: AppContext,
  input: {
    actor: RequestActor;
    request: NewRequest;
    event: (created: CreatedRequest) => RequestEventInput;
    audit: (created: CreatedRequest) => AuditRecordInput;
    /** Runs after the row exists; returns further events with their own actor. */
    effects?: (
      created: CreatedRequest,
    ) => Promise<Array<{ actor: RequestActor; event: RequestEventInput }>>;
    mail: (created: CreatedRequest) => AnyEnqueueMailInput[];
  },
): Promise<CreatedRequest> {
  const facts: RequestDeadlineFacts = {
    receivedAt: input.request.receivedAt,
    isExtended: false,
    suspensions: [],
  };
  const deadline = computeRequestDeadline(ctx, facts);
  const row = await tx.rightsRequest.create({
    data: {
      ...input.request,
      status: 'received',
      dueDate: deadline.effectiveDueDate,
      targetDate: deadline.targetDate,
      createdAt: ctx.clock.now(),
    },
    select: { id: true },
  });
  const created: CreatedRequest = {
    id: row.id,
    dueDate: deadline.dueDate,
    effectiveDueDate: deadline.effectiveDueDate,
  };
  await writeRequestEvent(tx, ctx, created.id, input.actor, input.event(created));
  await appendAuditEntry(tx, ctx.db, {
    ...input.audit(created),
    at: ctx.clock.now(),
    actorType: input.actor.type,
    actorId: input.actor.type === 'system' ? null : input.actor.id,
    requestId: created.id,
  });
  const more = input.effects ? await input.effects(created) : [];
  for (const { actor, event } of more) await writeRequestEvent(tx, ctx, created.id, actor, event);
  const mails = [
    ...input.mail(created),
    ...(await newRequestStaffMails(tx, ctx, input.actor, input.request, created)),
  ];
  if (mails.length > 0) await enqueueMails(tx, ctx, mails);
  return created;
}

/** The staff mails about a new request, one per recipient, in each recipient's language. */
async function newRequestStaffMails(
  tx: Tx,
  ctx: AppContext,
  actor: RequestActor,
  request: NewRequest,
  created: CreatedRequest,
): Promise<AnyEnqueueMailInput[]> {
  const assigneeId = request.assigneeId ?? null;
  const directory = await loadStaffMailDirectory(tx, ctx);
  return pickRequestMailRecipients(directory, 'newRequests', assigneeId).map((recipient) => ({
    template: 'new_request',
    to: recipient.email,
    locale: recipient.locale,
    requestId: created.id,
    dedupeKey: `new_request:${created.id}:${recipient.key}`,
    data: {
      reference: request.reference,
      requestType: request.type as MailRequestType,
      dueDate: created.effectiveDueDate,
      isEnteredByStaff: actor.type === 'staff',
      isAssignedToReader: assigneeId !== null && recipient.staffId === assigneeId,
      consolePath: consoleRequestPath(created.id),
    },
  }));
}
