import { addLocalDays, type LocalDate } from '@oikeus/domain';
import type { Report } from '@oikeus/contracts';
import type { Db } from '../../db/client';
import { Prisma } from '../../generated/sqlite/client';
import type { LocalDayReader } from './local-day-reader';
import type { ResolvedPeriod } from './resolve-report-period';
import { requestScopeSql, toCount, type ReportScope } from './report-scope';

/**
 * Open requests at the end of each month of the period — for the month under
 * way, now; months that have not begun are left out. Open at an instant:
 * received before it and not completed, refused or withdrawn by then
 * (`closedAt` is set once, when a request closes). One scan: a SUM per month.
 */
export async function countBacklog(
  prisma: Db,
  period: ResolvedPeriod,
  scope: ReportScope,
  now: Date,
  days: LocalDayReader,
): Promise<Report['backlog']> {
  const points: Array<{ month: string; at: Date; date: LocalDate }> = [];
  period.months.forEach((month, index) => {
    const begins = period.edges[index];
    const ends = period.edges[index + 1];
    if (!begins || !ends || begins > now) return;
    const at = ends < now ? ends : now;
    // The day the count is taken at the end of: the month's last day in the period, or today.
    const date = ends < now ? addLocalDays(days.dayOf(ends), -1) : days.dayOf(now);
    points.push({ month, at, date });
  });
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return [];
  const sums = points.map(
    (point, index) =>
      Prisma.sql`SUM(CASE WHEN r."receivedAt" < ${point.at} AND (r."closedAt" IS NULL OR r."closedAt" >= ${point.at}) THEN 1 ELSE 0 END) AS ${Prisma.raw(`"b${index}"`)}`,
  );
  const [row] = await prisma.$queryRaw<Array<Record<string, unknown>>>(
    Prisma.sql`SELECT ${Prisma.join(sums)}
      FROM "RightsRequest" r
      WHERE r."receivedAt" < ${last.at}
        AND (r."closedAt" IS NULL OR r."closedAt" >= ${first.at})
        AND ${requestScopeSql(scope)}`,
  );
  return points.map((point, index) => ({
    month: point.month,
    date: point.date,
    open: toCount(row?.[`b${index}`]),
  }));
}
