// A fingerprint of every table of a test database (one hash per table), to
// prove a rejected request changed nothing. SQLite is read through its own
// read-only connection (microseconds per table); PostgreSQL in one query.
import { createHash } from 'node:crypto';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { providerOf, sqliteFilePath } from '../../src/db/client';

/** Bookkeeping that is not application data. */
const IGNORED = new Set(['_prisma_migrations']);

export type Fingerprint = Map<string, string>;

export interface Fingerprinter {
  take(): Promise<Fingerprint>;
  close(): Promise<void>;
}

/** Tables whose hash differs between `before` and `after`. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}

function sqliteFingerprinter(url: string): Fingerprinter {
  const db = new Sqlite(sqliteFilePath(url), { readonly: true, fileMustExist: true });
  const tables = (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as Array<{ name: string }>
  )
    .map((t) => t.name)
    .filter((name) => !IGNORED.has(name));
  const selects = tables.map(
    (name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw()] as const,
  );
  return {
    take: () => {
      const out: Fingerprint = new Map();
      for (const [name, select] of selects) {
        const hash = createHash('sha1');
        for (const row of select.all() as unknown[][]) {
          for (const cell of row)
            hash.update(Buffer.isBuffer(cell) ? cell : `${String(cell)}\u0001`);
          hash.update('\u0002');
        }
        out.set(name, hash.digest('hex'));
      }
      return Promise.resolve(out);
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

async function postgresFingerprinter(url: string): Promise<Fingerprinter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  const tables = rows.map((r) => r.table_name).filter((name) => !IGNORED.has(name));
  const sql = tables
    .map(
      (name) =>
        `SELECT '${name}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${name}" t`,
    )
    .join(' UNION ALL ');
  return {
    take: async () => {
      const result = await client.query<{ name: string; hash: string }>(sql);
      return new Map(result.rows.map((r) => [r.name, r.hash]));
    },
    close: () => client.end(),
  };
}

export function createFingerprinter(url: string): Promise<Fingerprinter> {
  return providerOf(url) === 'sqlite'
    ? Promise.resolve(sqliteFingerprinter(url))
    : postgresFingerprinter(url);
}
