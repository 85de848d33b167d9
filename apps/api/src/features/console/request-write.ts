import {
  IllegalTransitionError,
  planTransition,
  type Deadline,
  type RequestAction,
  type RequestStatus,
} from '@oikeus/domain';
import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { computeRequestDeadline } from '../requests/compute-request-deadline';

/** What a write on a request needs to know about it. */
export const requestForWriteSelect = {
  id: true,
  reference: true,
  type: true,
  status: true,
  version: true,
  locale: true,
  details: true,
  receivedAt: true,
  isExtended: true,
  dueDate: true,
  targetDate: true,
  targetsCustomerRegister: true,
  targetsMarketingRegister: true,
  assigneeId: true,
  account: { select: { id: true, email: true, name: true, locale: true } },
  suspensions: {
    select: { id: true, startedAt: true, endedAt: true },
    orderBy: { startedAt: 'asc' },
  },
} as const;

export interface RequestForWrite {
  id: string;
  reference: string;
  type: 'access' | 'rectification' | 'erasure' | 'restriction' | 'objection' | 'portability';
  status: RequestStatus;
  version: number;
  locale: string;
  details: string;
  receivedAt: Date;
  isExtended: boolean;
  dueDate: string;
  targetDate: string;
  targetsCustomerRegister: boolean;
  targetsMarketingRegister: boolean;
  assigneeId: string | null;
  account: { id: string; email: string; name: string; locale: string };
  suspensions: Array<{ id: string; startedAt: Date; endedAt: Date | null }>;
}

/**
 * Loads the request inside the write's transaction and fails fast with 409
 * when the handler's copy is stale (the guarded update below is the real check).
 */
export async function loadRequestForWrite(
  tx: Tx,
  requestId: string,
  expectedVersion: number,
): Promise<RequestForWrite> {
  const request = await tx.rightsRequest.findUnique({
    where: { id: requestId },
    select: requestForWriteSelect,
  });
  if (!request) throw new AppError('NOT_FOUND');
  if (request.version !== expectedVersion) throw new AppError('CONFLICT');
  return request;
}

export interface RequestChange {
  /** A lifecycle action checked by the domain state machine. */
  action?: RequestAction;
  /** Other columns to set in the same guarded update. */
  data?: {
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
  };
  /** Why the clock pauses, when the action opens an identity suspension. */
  suspensionReason?: string;
}

export interface CommittedChange {
  version: number;
  status: RequestStatus;
  deadline: Deadline;
}

/**
 * The one way a request changes: checks the lifecycle action, opens or closes
 * the identity pause (Art. 12(6), EDPB 01/2022 §159: a pause, never a restart),
 * recomputes and stores dueDate/targetDate, and bumps `version` with an update
 * guarded on the version the handler saw — a second writer gets 409 CONFLICT.
 * Runs first in the caller's transaction so the row is locked before any other write.
 */
export async function commitRequestChange(
  tx: Tx,
  ctx: AppContext,
  request: RequestForWrite,
  change: RequestChange,
): Promise<CommittedChange> {
  const now = ctx.clock.now();
  let status = request.status;
  let suspensionChange: 'start' | 'end' | 'none' = 'none';
  if (change.action) {
    try {
      const plan = planTransition(request.status, change.action);
      status = plan.to;
      suspensionChange = plan.suspension;
    } catch (error) {
      if (error instanceof IllegalTransitionError) throw new AppError('ILLEGAL_TRANSITION');
      throw error;
    }
  }
  const isOpen = (s: { endedAt: Date | null }) => s.endedAt === null;
  let suspensions = request.suspensions.map((s) => ({
    startedAt: s.startedAt,
    endedAt: s.endedAt,
  }));
  if (suspensionChange === 'start' && !suspensions.some(isOpen)) {
    suspensions = [...suspensions, { startedAt: now, endedAt: null }];
  } else if (suspensionChange === 'end') {
    suspensions = suspensions.map((s) => (isOpen(s) ? { ...s, endedAt: now } : s));
  } else {
    suspensionChange = 'none';
  }
  const isExtended = change.data?.isExtended ?? request.isExtended;
  const deadline = computeRequestDeadline(ctx, {
    receivedAt: request.receivedAt,
    isExtended,
    suspensions,
  });
  const isClosing =
    status !== request.status && ['completed', 'refused', 'withdrawn'].includes(status);

  const updated = await tx.rightsRequest.updateMany({
    where: { id: request.id, version: request.version },
    data: {
      ...change.data,
      status,
      dueDate: deadline.effectiveDueDate,
      targetDate: deadline.targetDate,
      ...(isClosing ? { closedAt: now } : {}),
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw new AppError('CONFLICT');

  if (suspensionChange === 'start') {
    await tx.requestSuspension.create({
      data: {
        requestId: request.id,
        startedAt: now,
        reason: change.suspensionReason ?? 'identity_information_requested',
      },
    });
  } else if (suspensionChange === 'end') {
    await tx.requestSuspension.updateMany({
      where: { requestId: request.id, endedAt: null },
      data: { endedAt: now },
    });
  }
  return { version: request.version + 1, status, deadline };
}

/** A timeline entry; internal ones (`isVisibleToSubject: false`) never reach the portal. */
export async function recordRequestEvent(
  tx: Tx,
  ctx: AppContext,
  input: {
    requestId: string;
    type: string;
    actorId: string;
    isVisibleToSubject: boolean;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.requestEvent.create({
    data: {
      requestId: input.requestId,
      type: input.type,
      actorType: 'staff',
      actorId: input.actorId,
      isVisibleToSubject: input.isVisibleToSubject,
      data: input.data ? JSON.stringify(input.data) : null,
      createdAt: ctx.clock.now(),
    },
  });
}

/** The portal page of a request, for links in subject emails. */
export function requestPathOf(requestId: string): string {
  return `/requests/${requestId}`;
}
