import { requestTypes, type Report, type RequestType } from '@oikeus/contracts';
import type { Db } from '../../db/client';
import { Prisma } from '../../generated/sqlite/client';
import type { ResolvedPeriod } from './resolve-report-period';
import { monthIndexSql, requestScopeSql, toCount, type ReportScope } from './report-scope';

export function zeroByType(): Record<RequestType, number> {
  return Object.fromEntries(requestTypes.map((type) => [type, 0])) as Record<RequestType, number>;
}

/** Requests received in the period, per local month of receipt and type: one grouped query. */
export async function countReceived(
  prisma: Db,
  period: ResolvedPeriod,
  scope: ReportScope,
): Promise<Report['received']> {
  const rows = await prisma.$queryRaw<Array<{ month: unknown; type: string; n: unknown }>>(
    Prisma.sql`SELECT ${monthIndexSql(Prisma.sql`r."receivedAt"`, period.edges)} AS "month",
        CAST(r."type" AS TEXT) AS "type", COUNT(*) AS "n"
      FROM "RightsRequest" r
      WHERE r."receivedAt" >= ${period.start} AND r."receivedAt" < ${period.end}
        AND ${requestScopeSql(scope)}
      GROUP BY 1, 2`,
  );
  const byMonth = period.months.map((month) => ({ month, total: 0, byType: zeroByType() }));
  const byType = zeroByType();
  let total = 0;
  for (const row of rows) {
    const entry = byMonth[toCount(row.month)];
    const type = row.type as RequestType;
    if (!entry || !(type in byType)) continue;
    const n = toCount(row.n);
    entry.byType[type] += n;
    entry.total += n;
    byType[type] += n;
    total += n;
  }
  return { total, byType, byMonth };
}
