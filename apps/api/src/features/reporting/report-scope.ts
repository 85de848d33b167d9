import type { RequestChannel, RequestType } from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import { Prisma } from '../../generated/sqlite/client';

/** Which requests a report or log counts, after the role is applied. */
export interface ReportScope {
  types: readonly RequestType[];
  register: RegisterId | null;
  channels: readonly RequestChannel[];
  /** Requests assigned to this staff member only; null for everyone's. */
  handlerId: string | null;
}

/** How the request reached the controller (portal, email, letter …), compared as text on both databases. */
const channelSql = Prisma.sql`CAST(r."channel" AS TEXT)`;

/**
 * The scope's conditions on `"RightsRequest" r`, shared by every figure and
 * the log, so they count the same requests. Portable SQL: SQLite and
 * PostgreSQL both read a boolean column as a condition, and the enum columns
 * are compared as text.
 */
export function requestScopeSql(scope: ReportScope): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`1 = 1`];
  if (scope.types.length > 0) {
    conditions.push(Prisma.sql`CAST(r."type" AS TEXT) IN (${Prisma.join([...scope.types])})`);
  }
  if (scope.register === 'customer') conditions.push(Prisma.sql`r."targetsCustomerRegister"`);
  if (scope.register === 'marketing') conditions.push(Prisma.sql`r."targetsMarketingRegister"`);
  if (scope.channels.length > 0) {
    conditions.push(Prisma.sql`${channelSql} IN (${Prisma.join([...scope.channels])})`);
  }
  if (scope.handlerId !== null) conditions.push(Prisma.sql`r."assigneeId" = ${scope.handlerId}`);
  return Prisma.join(conditions, ' AND ');
}

/**
 * `CASE` giving the month index (0 = the period's first month) of an instant
 * column, from the month edges in the controller's time zone. Grouping by it
 * puts each row in its local month on both databases without any time-zone
 * support in SQL (SQLite has none).
 */
export function monthIndexSql(column: Prisma.Sql, edges: readonly Date[]): Prisma.Sql {
  const inner = edges.slice(1, -1);
  if (inner.length === 0) return Prisma.sql`0`;
  // Integer literals, not parameters: PostgreSQL would type untyped parameters as text.
  const whens = inner.map(
    (edge, index) => Prisma.sql`WHEN ${column} < ${edge} THEN ${Prisma.raw(String(index))}`,
  );
  return Prisma.sql`CASE ${Prisma.join(whens, ' ')} ELSE ${Prisma.raw(String(inner.length))} END`;
}

/** SQLite returns counts as BigInt, PostgreSQL sums as BigInt or string: a plain number. */
export function toCount(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return Number(value);
}
