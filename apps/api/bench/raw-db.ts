// The baseline: the same SQL through the bare drivers (better-sqlite3, pg),
// without HTTP, Express, Prisma or any mapping, so the table shows what the
// application adds on top of the database itself.
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { DbProvider } from '../src/db/client';
import { repoRoot } from '../src/paths';

export type Row = Record<string, unknown>;

export interface RawDb {
  provider: DbProvider;
  /** `?` placeholders on both databases; `{LIKE_CI}` becomes the case-insensitive LIKE. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** `?, ?, ?` for an IN list of `n` values (at least one, so the SQL stays valid). */
export function placeholders(n: number): string {
  return Array.from({ length: Math.max(1, n) }, () => '?').join(', ');
}

/** Values for `placeholders(n)`: an empty list matches nothing. */
export function inValues(values: readonly unknown[]): unknown[] {
  return values.length > 0 ? [...values] : [null];
}

/** Prisma's SQLite adapter stores DateTime as ISO text with +00:00 and booleans as 0/1. */
function sqliteParam(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace('Z', '+00:00');
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

/** SQLite's LIKE already ignores ASCII case; PostgreSQL needs ILIKE (what Prisma's `mode: 'insensitive'` sends). */
function dialect(sql: string, provider: DbProvider): string {
  return sql.replaceAll('{LIKE_CI}', provider === 'sqlite' ? 'LIKE' : 'ILIKE');
}

function openSqlite(url: string): RawDb {
  const db = new Database(sqliteFile(url), { timeout: 10_000 });
  const statements = new Map<string, Database.Statement>();
  return {
    provider: 'sqlite',
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) => {
      let st = statements.get(sql);
      if (!st) {
        st = db.prepare(dialect(sql, 'sqlite'));
        statements.set(sql, st);
      }
      return st.all(...params.map(sqliteParam)) as T[];
    },
    close: async () => {
      db.close();
    },
  };
}

function openPostgres(url: string): RawDb {
  // Same pool size as the app's PrismaPg adapter (src/db/client.ts).
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const texts = new Map<string, string>();
  return {
    provider: 'postgresql',
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) => {
      let text = texts.get(sql);
      if (text === undefined) {
        let n = 0;
        text = dialect(sql, 'postgresql').replace(/\?/g, () => `$${++n}`);
        texts.set(sql, text);
      }
      const result = await pool.query<T>(text, params as unknown[]);
      return result.rows;
    },
    close: () => pool.end(),
  };
}

/**
 * Same rules as providerOf/sqliteFilePath in src/db/client.ts, repeated here
 * because importing that module loads both Prisma clients, and the export
 * baseline's peak RSS must not include them.
 */
function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

function sqliteFile(url: string): string {
  const file = url.replace(/^file:/, '');
  return path.isAbsolute(file) ? file : path.join(repoRoot, file);
}

export function openRawDb(url: string): RawDb {
  return isPostgresUrl(url) ? openPostgres(url) : openSqlite(url);
}
