import type { Report } from '@oikeus/contracts';
import type { Db } from '../../db/client';
import { Prisma } from '../../generated/sqlite/client';
import type { ResolvedPeriod } from './resolve-report-period';
import { requestScopeSql, toCount, type ReportScope } from './report-scope';

/** Deadlines extended (Art. 12(3)) and requests withdrawn in the period: one scan, two sums. */
export async function countExtensionsAndWithdrawals(
  prisma: Db,
  period: ResolvedPeriod,
  scope: ReportScope,
): Promise<Pick<Report, 'extensions' | 'withdrawals'>> {
  const extendedIn = Prisma.sql`(r."extendedAt" >= ${period.start} AND r."extendedAt" < ${period.end})`;
  const withdrawnIn = Prisma.sql`(CAST(r."status" AS TEXT) = 'withdrawn' AND r."closedAt" >= ${period.start} AND r."closedAt" < ${period.end})`;
  const [row] = await prisma.$queryRaw<Array<{ extensions: unknown; withdrawals: unknown }>>(
    Prisma.sql`SELECT SUM(CASE WHEN ${extendedIn} THEN 1 ELSE 0 END) AS "extensions",
        SUM(CASE WHEN ${withdrawnIn} THEN 1 ELSE 0 END) AS "withdrawals"
      FROM "RightsRequest" r
      WHERE (${extendedIn} OR ${withdrawnIn}) AND ${requestScopeSql(scope)}`,
  );
  return { extensions: toCount(row?.extensions), withdrawals: toCount(row?.withdrawals) };
}
