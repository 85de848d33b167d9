import type { RequestType } from '@oikeus/contracts';
import type { Db } from '../../db/client';
import { Prisma } from '../../generated/sqlite/client';
import type { ResolvedPeriod } from './resolve-report-period';
import { requestScopeSql, type ReportScope } from './report-scope';

/** A request answered in the period: completed or refused (withdrawals are not answers). */
export interface AnswerRow {
  type: RequestType;
  status: 'completed' | 'refused';
  receivedAt: Date;
  closedAt: Date;
  /** The legal deadline in force when it was answered (stored by the last change). */
  dueDate: string;
  refusalGround: string | null;
}

/**
 * The answers sent in the period, a few columns each. Timeliness and working
 * days need the holiday calendar (packages/domain), which SQL does not have,
 * so these rows are summed up in `summarizeAnswers`.
 */
export async function readAnswers(
  prisma: Db,
  period: ResolvedPeriod,
  scope: ReportScope,
): Promise<AnswerRow[]> {
  const rows = await prisma.$queryRaw<
    Array<Omit<AnswerRow, 'receivedAt' | 'closedAt'> & { receivedAt: unknown; closedAt: unknown }>
  >(
    Prisma.sql`SELECT CAST(r."type" AS TEXT) AS "type", CAST(r."status" AS TEXT) AS "status",
        r."receivedAt", r."closedAt", r."dueDate", r."refusalGround"
      FROM "RightsRequest" r
      WHERE CAST(r."status" AS TEXT) IN ('completed', 'refused')
        AND r."closedAt" >= ${period.start} AND r."closedAt" < ${period.end}
        AND ${requestScopeSql(scope)}`,
  );
  return rows.map((row) => ({
    ...row,
    receivedAt: asDate(row.receivedAt),
    closedAt: asDate(row.closedAt),
  }));
}

/** Both drivers return DateTime columns as Date; a text value is read as ISO 8601. */
export function asDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}
