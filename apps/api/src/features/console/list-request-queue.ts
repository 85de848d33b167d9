import { QUEUE_PAGE_SIZE, type QueueItem, type QueueResponse } from '@oikeus/contracts';
import { deadlineFlags, toLocalDate, type LocalDate } from '@oikeus/domain';
import type { AppContext } from '../../context';
import type { Prisma } from '../../generated/sqlite/client';
import { fieldError } from '../../errors/app-error';
import { computeRequestDeadline } from '../request-core/request-deadline';
import { insensitive } from './text-match';

type RegisterId = QueueItem['registers'][number];

/** Without a status filter the queue shows the work still open. */
const OPEN_STATUSES = ['received', 'identity_pending', 'in_progress'] as const;

export interface QueueFilters {
  status?: Array<QueueItem['status']> | undefined;
  type?: Array<QueueItem['type']> | undefined;
  assignee?: string | undefined;
  register?: RegisterId | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  offset?: number | undefined;
}

interface Cursor {
  dueDate: string;
  receivedAt: string;
  id: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.dueDate, c.receivedAt, c.id])).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const [dueDate, receivedAt, id] = JSON.parse(
      Buffer.from(raw, 'base64url').toString('utf8'),
    ) as unknown[];
    if (
      typeof dueDate === 'string' &&
      typeof receivedAt === 'string' &&
      typeof id === 'string' &&
      !Number.isNaN(Date.parse(receivedAt))
    ) {
      return { dueDate, receivedAt, id };
    }
  } catch {
    // fall through
  }
  throw fieldError('cursor', 'console.cursorInvalid');
}

const queueSelect = {
  id: true,
  reference: true,
  type: true,
  status: true,
  targetsCustomerRegister: true,
  targetsMarketingRegister: true,
  receivedAt: true,
  channel: true,
  dueDate: true,
  targetDate: true,
  isExtended: true,
  version: true,
  accountId: true,
  assigneeId: true,
} satisfies Prisma.RightsRequestSelect;

type QueueRow = Prisma.RightsRequestGetPayload<{ select: typeof queueSelect }>;

/** The queue's order: legal deadline, then receipt, then id (as the SQL `ORDER BY`). */
function compareQueueRows(a: QueueRow, b: QueueRow): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  const byReceipt = a.receivedAt.getTime() - b.receivedAt.getTime();
  if (byReceipt !== 0) return byReceipt;
  // Only two requests received in the same millisecond with the same due date
  // get here; both databases run with a binary (C) collation for ids here.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The handler's queue ordered by legal deadline, then receipt (GDPR Art. 12(3)).
 * Every filter is a where clause on indexed columns ([status, dueDate,
 * receivedAt, id], [assigneeId, status], [type, status]); only the listed
 * columns are read and paging is keyset (cursor) or offset, 50 a page, so it
 * stays fast at 20 000+ requests.
 *
 * The page is read with one query per status, each an ordered walk of the
 * (status, dueDate, receivedAt, id) index that stops after a page, and the
 * short lists are merged here. A single `status IN (…) ORDER BY dueDate` query
 * makes both databases read and sort every open request (SQLite), or walk an
 * index over all closed history (PostgreSQL) — see BENCHMARKS.md.
 */
export async function listRequestQueue(
  ctx: AppContext,
  staffId: string,
  filters: QueueFilters,
): Promise<QueueResponse> {
  const provider = ctx.db.provider;
  const statuses: Array<QueueItem['status']> = filters.status?.length
    ? [...new Set(filters.status)]
    : [...OPEN_STATUSES];
  const and: Prisma.RightsRequestWhereInput[] = [];
  if (filters.type?.length) and.push({ type: { in: filters.type } });
  if (filters.assignee === 'me') and.push({ assigneeId: staffId });
  else if (filters.assignee === 'none') and.push({ assigneeId: null });
  else if (filters.assignee) and.push({ assigneeId: filters.assignee });
  if (filters.register === 'customer') and.push({ targetsCustomerRegister: true });
  if (filters.register === 'marketing') and.push({ targetsMarketingRegister: true });
  const q = filters.q?.trim();
  if (q) {
    and.push({
      OR: [
        { reference: insensitive(provider, 'contains', q.toUpperCase()) },
        { account: { email: insensitive(provider, 'contains', q.toLowerCase()) } },
        { account: { name: insensitive(provider, 'contains', q) } },
      ],
    });
  }
  const countWhere: Prisma.RightsRequestWhereInput = {
    AND: [{ status: { in: statuses } }, ...and],
  };
  if (filters.cursor) {
    const c = decodeCursor(filters.cursor);
    const receivedAt = new Date(c.receivedAt);
    and.push({
      OR: [
        { dueDate: { gt: c.dueDate } },
        { dueDate: c.dueDate, receivedAt: { gt: receivedAt } },
        { dueDate: c.dueDate, receivedAt, id: { gt: c.id } },
      ],
    });
  }
  const offset = filters.cursor ? 0 : (filters.offset ?? 0);
  const single = statuses.length === 1;

  const [perStatus, total] = await Promise.all([
    Promise.all(
      statuses.map((status) =>
        ctx.db.prisma.rightsRequest.findMany({
          where: { AND: [{ status }, ...and] },
          orderBy: [{ dueDate: 'asc' }, { receivedAt: 'asc' }, { id: 'asc' }],
          // One status: the database skips. Several: each list must hold every
          // row the merged page could take, so each reads offset + a page.
          ...(single
            ? { skip: offset, take: QUEUE_PAGE_SIZE + 1 }
            : { take: offset + QUEUE_PAGE_SIZE + 1 }),
          select: queueSelect,
        }),
      ),
    ),
    ctx.db.prisma.rightsRequest.count({ where: countWhere }),
  ]);
  const rows = single
    ? (perStatus[0] ?? [])
    : perStatus
        .flat()
        .sort(compareQueueRows)
        .slice(offset, offset + QUEUE_PAGE_SIZE + 1);
  const page = rows.slice(0, QUEUE_PAGE_SIZE);

  // Stored dates are exact except while an identity pause is open: then the
  // deadline moves on a day each day, so those few are recomputed from their pauses.
  const pausedIds = page.filter((r) => r.status === 'identity_pending').map((r) => r.id);
  const assigneeIds = [...new Set(page.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])))];
  // Names for the page's 50 rows only, not for every row each status query read.
  const [pauses, accounts, assignees] = await Promise.all([
    pausedIds.length
      ? ctx.db.prisma.requestSuspension.findMany({
          where: { requestId: { in: pausedIds } },
          select: { requestId: true, startedAt: true, endedAt: true },
        })
      : Promise.resolve([]),
    page.length
      ? ctx.db.prisma.account.findMany({
          where: { id: { in: [...new Set(page.map((r) => r.accountId))] } },
          select: { id: true, name: true, email: true },
        })
      : Promise.resolve([]),
    assigneeIds.length
      ? ctx.db.prisma.staffUser.findMany({
          where: { id: { in: assigneeIds } },
          select: { id: true, name: true, email: true },
        })
      : Promise.resolve([]),
  ]);
  const accountOf = new Map(accounts.map((a) => [a.id, a]));
  const assigneeOf = new Map(assignees.map((a) => [a.id, a]));

  // The controller's date once per page; each row then needs only date
  // comparisons (its working days left are not shown in the queue).
  const today = toLocalDate(ctx.clock.now(), ctx.env.CONTROLLER_TIME_ZONE);
  const items: QueueItem[] = page.map((r) => {
    let dueDate: string = r.dueDate;
    let targetDate: string = r.targetDate;
    let isSuspended = false;
    if (r.status === 'identity_pending') {
      const deadline = computeRequestDeadline(ctx, {
        receivedAt: r.receivedAt,
        isExtended: r.isExtended,
        suspensions: pauses.filter((p) => p.requestId === r.id),
      });
      dueDate = deadline.effectiveDueDate;
      targetDate = deadline.targetDate;
      isSuspended = deadline.isSuspended;
    }
    const status = deadlineFlags(
      // Stored by computeRequestDeadline, so already valid dates.
      { effectiveDueDate: dueDate as LocalDate, targetDate: targetDate as LocalDate },
      today,
    );
    const registers: RegisterId[] = [];
    if (r.targetsCustomerRegister) registers.push('customer');
    if (r.targetsMarketingRegister) registers.push('marketing');
    return {
      id: r.id,
      reference: r.reference,
      type: r.type,
      status: r.status,
      registers,
      // An account cannot be deleted while it has requests (onDelete: Restrict).
      accountName: accountOf.get(r.accountId)?.name ?? '',
      accountEmail: accountOf.get(r.accountId)?.email ?? '',
      receivedAt: r.receivedAt.toISOString(),
      channel: r.channel,
      dueDate,
      targetDate,
      isExtended: r.isExtended,
      daysLeft: status.daysLeft,
      isAtRisk: status.isAtRisk,
      isOverdue: status.isOverdue,
      isSuspended,
      assignee: r.assigneeId ? (assigneeOf.get(r.assigneeId) ?? null) : null,
      version: r.version,
    };
  });
  const last = page.at(-1);
  const hasMore = rows.length > QUEUE_PAGE_SIZE;
  return {
    items,
    total,
    pageSize: QUEUE_PAGE_SIZE,
    nextCursor:
      hasMore && last
        ? encodeCursor({
            dueDate: last.dueDate,
            receivedAt: last.receivedAt.toISOString(),
            id: last.id,
          })
        : null,
  };
}
