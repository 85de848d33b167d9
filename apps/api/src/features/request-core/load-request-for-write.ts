import type { RequestStatus } from '@oikeus/domain';
import type { Tx } from '../../db/transaction';
import { AppError } from '../../errors/app-error';

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
  assignee: { select: { email: true, locale: true, isActive: true } },
  suspensions: {
    select: { id: true, startedAt: true, endedAt: true },
    orderBy: { startedAt: 'asc' },
  },
} as const;

export type RequestType =
  'access' | 'rectification' | 'erasure' | 'restriction' | 'objection' | 'portability';

export interface RequestForWrite {
  id: string;
  reference: string;
  type: RequestType;
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
  assignee: { email: string; locale: string; isActive: boolean } | null;
  suspensions: Array<{ id: string; startedAt: Date; endedAt: Date | null }>;
}

export interface LoadRequestForWriteInput {
  requestId: string;
  /**
   * The version the writer saw (staff console, portal withdraw). Left out where
   * the caller has no copy to be stale (a subject's message): the current row
   * is locked as it is.
   */
  version?: number;
  /** Object-level check for the subject: only their own request is found. */
  accountId?: string;
}

/**
 * Loads a request inside the write's transaction and locks its row before
 * anything else is written: a version-guarded no-op update takes the row lock
 * (PostgreSQL) or the write lock (SQLite), so a second writer waits here and
 * then gets 409 CONFLICT instead of doing its work twice. `changeRequest`
 * later bumps the version with the same guard.
 */
export async function loadRequestForWrite(
  tx: Tx,
  input: LoadRequestForWriteInput,
): Promise<RequestForWrite> {
  const where = {
    id: input.requestId,
    ...(input.accountId === undefined ? {} : { accountId: input.accountId }),
  };
  const request = await tx.rightsRequest.findFirst({ where, select: requestForWriteSelect });
  if (!request) throw new AppError('NOT_FOUND');
  if (input.version !== undefined && request.version !== input.version) {
    throw new AppError('CONFLICT');
  }
  const locked = await tx.rightsRequest.updateMany({
    where: { id: request.id, version: request.version },
    data: { version: request.version },
  });
  if (locked.count === 0) throw new AppError('CONFLICT');
  return request;
}
