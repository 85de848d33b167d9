// The reporting figures' SQL through the bare drivers, for the baseline: the
// same statements the API runs (features/reporting), with the month edges
// worked out once beforehand, and none of the application's work (working
// days, medians, JSON shaping, HTTP).
import { inValues, placeholders, type RawDb, type Row } from './raw-db';

export interface RawReportPeriod {
  start: Date;
  end: Date;
  /** Month edges, start … end (see resolveReportPeriod). */
  edges: Date[];
  /** Backlog instants: the end of each month that has begun, or now. */
  points: Date[];
}

const REGISTER_ACTIONS = [
  'register.rectified',
  'register.erased',
  'register.anonymised',
  'register.restricted',
  'marketing.prohibited',
  'export.released',
  'export.downloaded',
];

function monthCase(column: string, edges: readonly Date[]): { sql: string; params: Date[] } {
  const inner = edges.slice(1, -1);
  if (inner.length === 0) return { sql: '0', params: [] };
  const whens = inner.map((_, i) => `WHEN ${column} < ? THEN ${i}`).join(' ');
  return { sql: `CASE ${whens} ELSE ${inner.length} END`, params: inner };
}

/** GET /api/console/reports for every request (an admin's view): the six statements. */
export async function rawReport(db: RawDb, period: RawReportPeriod): Promise<Row[]> {
  const { start, end, points } = period;
  const month = monthCase('r."receivedAt"', period.edges);
  const sums = points
    .map(
      (_, i) =>
        `SUM(CASE WHEN r."receivedAt" < ? AND (r."closedAt" IS NULL OR r."closedAt" >= ?) THEN 1 ELSE 0 END) AS "b${i}"`,
    )
    .join(', ');
  const results = await Promise.all([
    db.query(
      `SELECT ${month.sql} AS "month", CAST(r."type" AS TEXT) AS "type", COUNT(*) AS "n"
         FROM "RightsRequest" r WHERE r."receivedAt" >= ? AND r."receivedAt" < ? GROUP BY 1, 2`,
      [...month.params, start, end],
    ),
    db.query(
      `SELECT ${sums} FROM "RightsRequest" r
        WHERE r."receivedAt" < ? AND (r."closedAt" IS NULL OR r."closedAt" >= ?)`,
      [...points.flatMap((p) => [p, p]), points.at(-1) ?? end, points[0] ?? start],
    ),
    db.query(
      `SELECT CAST(r."type" AS TEXT) AS "type", CAST(r."status" AS TEXT) AS "status",
              r."receivedAt", r."closedAt", r."dueDate", r."refusalGround"
         FROM "RightsRequest" r
        WHERE CAST(r."status" AS TEXT) IN ('completed', 'refused') AND r."closedAt" >= ? AND r."closedAt" < ?`,
      [start, end],
    ),
    db.query(
      `SELECT SUM(CASE WHEN (r."extendedAt" >= ? AND r."extendedAt" < ?) THEN 1 ELSE 0 END) AS "extensions",
              SUM(CASE WHEN (CAST(r."status" AS TEXT) = 'withdrawn' AND r."closedAt" >= ? AND r."closedAt" < ?) THEN 1 ELSE 0 END) AS "withdrawals"
         FROM "RightsRequest" r
        WHERE ((r."extendedAt" >= ? AND r."extendedAt" < ?) OR (CAST(r."status" AS TEXT) = 'withdrawn' AND r."closedAt" >= ? AND r."closedAt" < ?))`,
      [start, end, start, end, start, end, start, end],
    ),
    db.query(
      `SELECT s."startedAt", s."endedAt" FROM "RequestSuspension" s
         JOIN "RightsRequest" r ON r."id" = s."requestId"
        WHERE s."startedAt" >= ? AND s."startedAt" < ?`,
      [start, end],
    ),
    db.query(
      `SELECT a."action", a."recordType", COUNT(*) AS "n"
         FROM "AuditEntry" a JOIN "RightsRequest" r ON r."id" = a."requestId"
        WHERE a."action" IN (${placeholders(REGISTER_ACTIONS.length)}) AND a."at" >= ? AND a."at" < ?
        GROUP BY a."action", a."recordType"`,
      [...inValues(REGISTER_ACTIONS), start, end],
    ),
  ]);
  return results.flat();
}

/** GET /api/console/reports/request-log: the period's requests with the handler's name. */
export async function rawRequestLog(db: RawDb, period: RawReportPeriod): Promise<Row[]> {
  return db.query(
    `SELECT r."id", r."reference", CAST(r."type" AS TEXT) AS "type", CAST(r."status" AS TEXT) AS "status",
            r."receivedAt", r."dueDate", r."isExtended", r."closedAt", r."refusalGround", s."name" AS "handler"
       FROM "RightsRequest" r LEFT JOIN "StaffUser" s ON s."id" = r."assigneeId"
      WHERE r."receivedAt" >= ? AND r."receivedAt" < ?
      ORDER BY r."receivedAt", r."id"`,
    [period.start, period.end],
  );
}
