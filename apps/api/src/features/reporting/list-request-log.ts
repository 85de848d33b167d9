import type { ConsoleRequestStatus, RequestLogRow, RequestType } from '@oikeus/contracts';
import { refusalGroundSchema, requestChannelSchema } from '@oikeus/contracts';
import { countWorkingDays } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { Prisma } from '../../generated/sqlite/client';
import { computeRequestDeadline } from '../request-core/request-deadline';
import type { LocalDayReader } from './local-day-reader';
import { asDate } from './read-answers';
import type { ResolvedPeriod } from './resolve-report-period';
import { requestScopeSql, type ReportScope } from './report-scope';

interface LogSqlRow {
  id: string;
  reference: string;
  type: string;
  status: string;
  channel: string;
  receivedAt: unknown;
  dueDate: string;
  isExtended: unknown;
  closedAt: unknown;
  refusalGround: string | null;
  handler: string | null;
}

/** SQLite gives booleans as 0/1 (number or BigInt), PostgreSQL as booleans. */
function asBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === 1n;
}

/**
 * The requests received in the period, oldest first, as the log shows them:
 * what was asked, when, by which deadline and how it ended — never the
 * person's name, address or request text (Art. 5(1)(c)). Same scope as the
 * figures (`requestScopeSql`), so the log and the report count the same requests.
 */
export async function listRequestLog(
  ctx: Pick<AppContext, 'db' | 'env' | 'clock' | 'holidayCalendar'>,
  period: ResolvedPeriod,
  scope: ReportScope,
  days: LocalDayReader,
): Promise<RequestLogRow[]> {
  const rows = await ctx.db.prisma.$queryRaw<LogSqlRow[]>(
    Prisma.sql`SELECT r."id", r."reference", CAST(r."type" AS TEXT) AS "type",
        CAST(r."status" AS TEXT) AS "status", CAST(r."channel" AS TEXT) AS "channel", r."receivedAt", r."dueDate", r."isExtended",
        r."closedAt", r."refusalGround", s."name" AS "handler"
      FROM "RightsRequest" r LEFT JOIN "StaffUser" s ON s."id" = r."assigneeId"
      WHERE r."receivedAt" >= ${period.start} AND r."receivedAt" < ${period.end}
        AND ${requestScopeSql(scope)}
      ORDER BY r."receivedAt", r."id"`,
  );
  // While an identity pause is open the deadline moves on a day each day, so
  // the stored date is stale for those few: recompute them, as the queue does.
  const pausedIds = rows.filter((r) => r.status === 'identity_pending').map((r) => r.id);
  const pauses = pausedIds.length
    ? await ctx.db.prisma.requestSuspension.findMany({
        where: { requestId: { in: pausedIds } },
        select: { requestId: true, startedAt: true, endedAt: true },
      })
    : [];
  return rows.map((row): RequestLogRow => {
    const receivedAt = asDate(row.receivedAt);
    const isExtended = asBoolean(row.isExtended);
    const status = row.status as ConsoleRequestStatus;
    const due =
      status === 'identity_pending'
        ? computeRequestDeadline(ctx, {
            receivedAt,
            isExtended,
            suspensions: pauses.filter((p) => p.requestId === row.id),
          }).effectiveDueDate
        : row.dueDate;
    const isAnswered = status === 'completed' || status === 'refused';
    const received = days.dayOf(receivedAt);
    const answered = isAnswered && row.closedAt !== null ? days.dayOf(asDate(row.closedAt)) : null;
    const ground = refusalGroundSchema.safeParse(row.refusalGround);
    return {
      reference: row.reference,
      type: row.type as RequestType,
      channel: requestChannelSchema.parse(row.channel),
      status,
      received,
      due,
      extended: isExtended,
      answered,
      outcome:
        status === 'completed' || status === 'refused' || status === 'withdrawn' ? status : 'open',
      grounds: status === 'refused' && ground.success ? ground.data : null,
      handler: row.handler,
      daysTaken:
        answered === null ? null : countWorkingDays(ctx.holidayCalendar, received, answered),
      onTime: answered === null ? null : answered <= due,
    };
  });
}
