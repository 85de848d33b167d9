import { QUEUE_PAGE_SIZE, type QueueItem, type QueueResponse } from '@oikeus/contracts';
import { asLocalDate, deadlineStatus } from '@oikeus/domain';
import type { AppContext } from '../../context';
import type { Prisma } from '../../generated/sqlite/client';
import { AppError } from '../../errors/app-error';
import { getHolidayCalendar } from '../calendar/get-holiday-calendar';
import { computeRequestDeadline } from '../requests/compute-request-deadline';
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
  throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'cursor', message: 'cursor' }]);
}

/**
 * The handler's queue ordered by legal deadline, then receipt (GDPR Art. 12(3)).
 * Every filter is a where clause on indexed columns ([status, dueDate],
 * [assigneeId, status], [type, status]); only the listed columns are read and
 * paging is keyset (cursor) or offset, 50 a page, so it stays fast at 20 000+ requests.
 */
export async function listRequestQueue(
  ctx: AppContext,
  staffId: string,
  filters: QueueFilters,
): Promise<QueueResponse> {
  const provider = ctx.db.provider;
  const and: Prisma.RightsRequestWhereInput[] = [];
  and.push({ status: { in: filters.status?.length ? filters.status : [...OPEN_STATUSES] } });
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
  const baseWhere: Prisma.RightsRequestWhereInput = { AND: and };
  let pageWhere = baseWhere;
  if (filters.cursor) {
    const c = decodeCursor(filters.cursor);
    const receivedAt = new Date(c.receivedAt);
    pageWhere = {
      AND: [
        ...and,
        {
          OR: [
            { dueDate: { gt: c.dueDate } },
            { dueDate: c.dueDate, receivedAt: { gt: receivedAt } },
            { dueDate: c.dueDate, receivedAt, id: { gt: c.id } },
          ],
        },
      ],
    };
  }

  const [rows, total] = await Promise.all([
    ctx.db.prisma.rightsRequest.findMany({
      where: pageWhere,
      orderBy: [{ dueDate: 'asc' }, { receivedAt: 'asc' }, { id: 'asc' }],
      take: QUEUE_PAGE_SIZE + 1,
      ...(filters.cursor ? {} : { skip: filters.offset ?? 0 }),
      select: {
        id: true,
        reference: true,
        type: true,
        status: true,
        targetsCustomerRegister: true,
        targetsMarketingRegister: true,
        receivedAt: true,
        dueDate: true,
        targetDate: true,
        isExtended: true,
        version: true,
        account: { select: { name: true, email: true } },
        assignee: { select: { id: true, name: true, email: true } },
      },
    }),
    ctx.db.prisma.rightsRequest.count({ where: baseWhere }),
  ]);
  const page = rows.slice(0, QUEUE_PAGE_SIZE);

  // Stored dates are exact except while an identity pause is open: then the
  // deadline moves on a day each day, so those few are recomputed from their pauses.
  const pausedIds = page.filter((r) => r.status === 'identity_pending').map((r) => r.id);
  const pauses = pausedIds.length
    ? await ctx.db.prisma.requestSuspension.findMany({
        where: { requestId: { in: pausedIds } },
        select: { requestId: true, startedAt: true, endedAt: true },
      })
    : [];

  const now = ctx.clock.now();
  const calendar = getHolidayCalendar(ctx.env);
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
    const status = deadlineStatus({
      deadline: { effectiveDueDate: asLocalDate(dueDate), targetDate: asLocalDate(targetDate) },
      now,
      timeZone: ctx.env.CONTROLLER_TIME_ZONE,
      calendar,
    });
    const registers: RegisterId[] = [];
    if (r.targetsCustomerRegister) registers.push('customer');
    if (r.targetsMarketingRegister) registers.push('marketing');
    return {
      id: r.id,
      reference: r.reference,
      type: r.type,
      status: r.status,
      registers,
      accountName: r.account.name,
      accountEmail: r.account.email,
      receivedAt: r.receivedAt.toISOString(),
      dueDate,
      targetDate,
      isExtended: r.isExtended,
      daysLeft: status.daysLeft,
      isAtRisk: status.isAtRisk,
      isOverdue: status.isOverdue,
      isSuspended,
      assignee: r.assignee,
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
