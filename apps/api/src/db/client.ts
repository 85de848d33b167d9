// The one Prisma client module: the adapter (SQLite or PostgreSQL) is chosen
// from DATABASE_URL here and nowhere else, with slow-query logging.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { Logger } from 'pino';
import { PrismaClient as SqlitePrismaClient } from '../generated/sqlite/client';
import { PrismaClient as PostgresPrismaClient } from '../generated/postgresql/client';
import type { AuditChainKeys } from '../config/audit-chain-key';
import { repoRoot } from '../paths';

/**
 * Both generated clients come from the same models; the SQLite client's type is
 * the common subset (the PostgreSQL one only adds options such as
 * `mode: 'insensitive'`), so the app is typed against it.
 */
export type Db = SqlitePrismaClient;
export type DbProvider = 'sqlite' | 'postgresql';

export interface Database {
  prisma: Db;
  provider: DbProvider;
  url: string;
  /**
   * The audit chain's HMAC keys (kept outside the database). They travel with
   * the database handle because every audit appender already receives it.
   */
  auditKeys: AuditChainKeys;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  auditKeys: AuditChainKeys;
  slowQueryMs?: number;
  /**
   * Longest one statement may take: PostgreSQL statement_timeout (server side)
   * plus a client-side read timeout just above it, which also fires when the
   * server is frozen and cannot cancel anything itself; SQLite busy timeout.
   */
  statementTimeoutMs?: number;
  /** Longest wait to open a PostgreSQL connection or take one from the pool. */
  connectTimeoutMs?: number;
}

export function providerOf(url: string): DbProvider {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite';
}

/** Resolves `file:./var/x.db` against the repository root so every entry point agrees. */
export function sqliteFilePath(url: string): string {
  const file = url.replace(/^file:/, '');
  return path.isAbsolute(file) ? file : path.join(repoRoot, file);
}

type QueryEvent = { duration: number; query: string };

export function createDatabase(url: string, logger: Logger, options: DatabaseOptions): Database {
  const {
    auditKeys,
    slowQueryMs = 200,
    statementTimeoutMs = 5_000,
    connectTimeoutMs = 3_000,
  } = options;
  const provider = providerOf(url);
  const log = [{ emit: 'event', level: 'query' } as const];
  let prisma: Db;
  if (provider === 'sqlite') {
    const file = sqliteFilePath(url);
    mkdirSync(path.dirname(file), { recursive: true });
    // timeout = SQLite busy timeout, so a writer waits for a lock instead of failing.
    const adapter = new PrismaBetterSqlite3({ url: file, timeout: statementTimeoutMs });
    prisma = new SqlitePrismaClient({ adapter, log });
  } else {
    // A frozen or unreachable server must give a quick 503, not a request that
    // hangs until the load balancer gives up (issue #20): every wait is bounded.
    const adapter = new PrismaPg({
      connectionString: url,
      max: 10,
      connectionTimeoutMillis: connectTimeoutMs,
      statement_timeout: statementTimeoutMs,
      query_timeout: statementTimeoutMs + 500,
      lock_timeout: statementTimeoutMs,
      keepAlive: true,
    });
    // Same models, other provider: see the Db type comment.
    prisma = new PostgresPrismaClient({ adapter, log }) as unknown as Db;
  }
  (prisma as unknown as { $on(e: 'query', cb: (ev: QueryEvent) => void): void }).$on(
    'query',
    (ev) => {
      if (ev.duration >= slowQueryMs) {
        logger.warn({ durationMs: ev.duration, query: ev.query.slice(0, 500) }, 'slow query');
      }
    },
  );
  return { prisma, provider, url, auditKeys, close: () => prisma.$disconnect() };
}
