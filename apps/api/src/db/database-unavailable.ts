// Tells "the database is not there right now" (server restarting, connections
// cut, unreachable) apart from a bug, so the API can answer 503 — try again —
// instead of 500. The client, the load balancer and the readiness probe then
// agree; the pool reconnects on its own once the server is back.

/** Driver adapter error kinds (adapter-pg, adapter-better-sqlite3) that mean no connection. */
const UNREACHABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

/** Prisma codes for the same: unreachable, timed out, connection closed, pool timeout. */
const UNREACHABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);

/**
 * SQLSTATE classes 08 (connection exception) and 57P (admin/crash shutdown,
 * cannot connect now), 57014 (statement cancelled by statement_timeout) and
 * 55P03 (lock_timeout): the database is there but too slow to answer in time.
 */
const UNREACHABLE_SQLSTATE = /^(08|57P|57014$|55P03$)/;

/** Messages of errors raised by node-postgres itself, without a code. */
const CONNECTION_LOST =
  /Connection terminated|Client has encountered a connection error|ECONNREFUSED|ECONNRESET|Query read timeout|timeout exceeded when trying to connect|canceling statement due to (statement|lock) timeout|database is locked|SQLITE_BUSY/;

function readObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

/** True when `err` (any depth of `cause`/`driverAdapterError`) says the database could not be reached. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  const e = readObject(err);
  if (!e || depth > 5) return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (UNREACHABLE_PRISMA_CODES.has(code)) return true;
  if (typeof e.kind === 'string') {
    if (UNREACHABLE_KINDS.has(e.kind)) return true;
    if (e.kind === 'postgres' && typeof e.code === 'string' && UNREACHABLE_SQLSTATE.test(e.code))
      return true;
  }
  const name = typeof e.name === 'string' ? e.name : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (name.startsWith('PrismaClient') || name === 'DriverAdapterError' || name === 'Error') {
    if (CONNECTION_LOST.test(message)) return true;
    // Raw queries report the SQLSTATE only in the message ("Code: `57P01`").
    const sqlState = /Code: `([0-9A-Z]{5})`/.exec(message)?.[1];
    if (sqlState && UNREACHABLE_SQLSTATE.test(sqlState)) return true;
  }
  const meta = readObject(e.meta);
  return (
    isDatabaseUnavailable(meta?.driverAdapterError, depth + 1) ||
    isDatabaseUnavailable(e.cause, depth + 1)
  );
}
