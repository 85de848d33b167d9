// Applies prisma/**/migrations the way `prisma migrate deploy` does and records
// them in `_prisma_migrations` in Prisma's own format (checksum = SHA-256 hex of
// migration.sql, start/finish timestamps, applied_steps_count), so a database
// migrated here can later be managed by the Prisma CLI and vice versa.
// We need our own runner because Prisma's native schema engine cannot be
// downloaded on every machine that runs the portal.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot } from '../paths';
import { providerOf, sqliteFilePath, type DbProvider } from './client';
import { connectCreatingDatabase } from './ensure-postgres-database';
import { MigrationError } from './migrate-error';

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

/** Prisma's advisory lock key, so our runner and `prisma migrate` exclude each other. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

export function migrationsDir(provider: DbProvider): string {
  return path.join(
    repoRoot,
    provider === 'sqlite' ? 'prisma/migrations' : 'prisma/postgresql/migrations',
  );
}

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/** Same comparison as Prisma: a checkout with CRLF line endings still matches. */
function matchesChecksum(sql: string, checksum: string): boolean {
  return [sql, sql.replaceAll('\r\n', '\n'), sql.replaceAll('\n', '\r\n')].some(
    (variant) => checksumOf(variant) === checksum,
  );
}

export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** Decides what to apply; refuses edited or failed migrations with a clear message. */
export function planMigrations(local: Migration[], applied: AppliedRow[]): Migration[] {
  const live = applied.filter((row) => row.rolled_back_at === null);
  const failed = live.find((row) => row.finished_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} started but did not finish. Inspect the database, then mark it rolled back or applied (prisma migrate resolve) before starting again.`,
    );
  }
  const done = new Map(live.map((row) => [row.migration_name, row.checksum]));
  for (const m of local) {
    const checksum = done.get(m.name);
    if (checksum !== undefined && !matchesChecksum(m.sql, checksum)) {
      throw new MigrationError(
        `Migration ${m.name} was changed after it was applied (checksum ${checksum.slice(0, 12)}… in the database, ${m.checksum.slice(0, 12)}… on disk). Never edit an applied migration: restore it and add a new one.`,
      );
    }
  }
  return local.filter((m) => !done.has(m.name));
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const POSTGRES_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

const SELECT_APPLIED =
  'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at';

function migrateSqlite(url: string, local: Migration[]): MigrateResult {
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 10_000 });
  try {
    // WAL lets readers continue while the worker writes; it persists in the file.
    db.pragma('journal_mode = WAL');
    db.exec(SQLITE_TABLE);
    const applied: string[] = [];
    // BEGIN IMMEDIATE takes the write lock first, so two processes starting at
    // once apply each migration only once.
    const run = db.transaction(() => {
      const rows = db.prepare(SELECT_APPLIED).all() as AppliedRow[];
      const pending = planMigrations(local, rows);
      for (const m of pending) {
        const id = randomUUID();
        // Prisma stores SQLite timestamps in _prisma_migrations as Unix milliseconds.
        db.prepare(
          'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, 0)',
        ).run(id, m.checksum, m.name, Date.now());
        db.exec(m.sql);
        db.prepare(
          'UPDATE "_prisma_migrations" SET finished_at = ?, applied_steps_count = 1 WHERE id = ?',
        ).run(Date.now(), id);
        applied.push(m.name);
      }
      return rows.length;
    });
    const before = run.immediate();
    return { applied, alreadyApplied: before };
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, local: Migration[]): Promise<MigrateResult> {
  const client = await connectCreatingDatabase(url);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    await client.query(POSTGRES_TABLE);
    const rows = (await client.query<AppliedRow>(SELECT_APPLIED)).rows;
    const pending = planMigrations(local, rows);
    const applied: string[] = [];
    for (const m of pending) {
      const id = randomUUID();
      await client.query(
        'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
        [id, m.checksum, m.name],
      );
      // DDL is transactional in PostgreSQL: a failing migration leaves no half-made tables.
      try {
        await client.query('BEGIN');
        await client.query(m.sql);
        await client.query(
          'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1',
          [id],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [
          id,
          String(error),
        ]);
        throw new MigrationError(`Migration ${m.name} failed: ${(error as Error).message}`);
      }
      applied.push(m.name);
    }
    return { applied, alreadyApplied: rows.length };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/** Applies every pending migration for the database at `url`; safe to run repeatedly and concurrently. */
export async function migrate(url: string): Promise<MigrateResult> {
  const provider = providerOf(url);
  const local = readMigrations(migrationsDir(provider));
  return provider === 'sqlite' ? migrateSqlite(url, local) : migratePostgres(url, local);
}
