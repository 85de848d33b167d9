import type { Report } from '@oikeus/contracts';
import { daysBetween } from '@oikeus/domain';
import type { Db } from '../../db/client';
import { Prisma } from '../../generated/sqlite/client';
import type { LocalDayReader } from './local-day-reader';
import { median } from './percentiles';
import { asDate } from './read-answers';
import type { ResolvedPeriod } from './resolve-report-period';
import { requestScopeSql, type ReportScope } from './report-scope';

/**
 * Identity pauses begun in the period (Art. 12(6), EDPB 01/2022 §159): how
 * many, how many still wait, and the median length of the ended ones in the
 * calendar days the deadline moved by — from the day the question went out to
 * the day the answer came (count-paused-days.ts in packages/domain).
 */
export async function countIdentityPauses(
  prisma: Db,
  period: ResolvedPeriod,
  scope: ReportScope,
  days: LocalDayReader,
): Promise<Report['identityPauses']> {
  const rows = await prisma.$queryRaw<Array<{ startedAt: unknown; endedAt: unknown }>>(
    Prisma.sql`SELECT s."startedAt", s."endedAt"
      FROM "RequestSuspension" s JOIN "RightsRequest" r ON r."id" = s."requestId"
      WHERE s."startedAt" >= ${period.start} AND s."startedAt" < ${period.end}
        AND ${requestScopeSql(scope)}`,
  );
  const lengths: number[] = [];
  let open = 0;
  for (const row of rows) {
    if (row.endedAt === null || row.endedAt === undefined) {
      open += 1;
      continue;
    }
    lengths.push(
      Math.max(0, daysBetween(days.dayOf(asDate(row.startedAt)), days.dayOf(asDate(row.endedAt)))),
    );
  }
  return { count: rows.length, open, medianDays: median(lengths) };
}
