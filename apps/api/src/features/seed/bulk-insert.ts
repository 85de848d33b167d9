// Bulk loading through the raw drivers: Prisma's createMany is correct but far
// too slow for benchmark-sized data (minutes for 100 000 customers), so the seed
// writes rows directly, in the exact value formats Prisma itself stores.
import Database from 'better-sqlite3';
import pg from 'pg';
import { providerOf, sqliteFilePath } from '../../db/client';

type Row = Record<string, unknown>;

export interface BulkInserter {
  /** Inserts all tables of one batch atomically, in the given order (parents first). */
  insertBatch(tables: Array<[table: string, rows: Row[]]>): Promise<void>;
  close(): Promise<void>;
}

/** Prisma's SQLite adapter stores DateTime as ISO 8601 text with an explicit +00:00 offset. */
function sqliteValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace('Z', '+00:00');
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

/** Prisma stores TIMESTAMP(3) as UTC wall time; pass text so the driver cannot apply a local offset. */
function postgresValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace('T', ' ').replace('Z', '');
  return v;
}

function sqliteInserter(url: string): BulkInserter {
  const db = new Database(sqliteFilePath(url), { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  // Seeding is a re-runnable bulk load, not business data: skip fsync for its
  // duration (this connection only) — power loss mid-seed means seeding again.
  db.pragma('synchronous = OFF');
  // Random UUID keys touch pages all over each index; a large page cache keeps
  // them in memory instead of re-reading the file (about 5x faster for 100k customers).
  db.pragma('cache_size = -1000000');
  const statements = new Map<string, Database.Statement>();
  const statementFor = (table: string, columns: string[]) => {
    const key = `${table}:${columns.join(',')}`;
    let st = statements.get(key);
    if (!st) {
      st = db.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      statements.set(key, st);
    }
    return st;
  };
  const run = db.transaction((tables: Array<[string, Row[]]>) => {
    for (const [table, rows] of tables) {
      const first = rows[0];
      if (!first) continue;
      const columns = Object.keys(first);
      const st = statementFor(table, columns);
      for (const row of rows) st.run(columns.map((c) => sqliteValue(row[c])));
    }
  });
  return {
    insertBatch: async (tables) => {
      run(tables);
    },
    close: async () => {
      db.close();
    },
  };
}

function postgresInserter(url: string): BulkInserter {
  const client = new pg.Client({ connectionString: url });
  const connected = client.connect();
  // PostgreSQL allows 65 535 parameters per statement.
  const chunkRows = (columns: number) => Math.max(1, Math.floor(60_000 / columns));
  return {
    insertBatch: async (tables) => {
      await connected;
      await client.query('BEGIN');
      try {
        for (const [table, rows] of tables) {
          const first = rows[0];
          if (!first) continue;
          const columns = Object.keys(first);
          const size = chunkRows(columns.length);
          for (let i = 0; i < rows.length; i += size) {
            const chunk = rows.slice(i, i + size);
            const values: unknown[] = [];
            const tuples = chunk.map((row, r) => {
              for (const c of columns) values.push(postgresValue(row[c]));
              return `(${columns.map((_, k) => `$${r * columns.length + k + 1}`).join(', ')})`;
            });
            await client.query(
              `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`,
              values,
            );
          }
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    close: async () => {
      await connected;
      await client.end();
    },
  };
}

export function createBulkInserter(url: string): BulkInserter {
  return providerOf(url) === 'sqlite' ? sqliteInserter(url) : postgresInserter(url);
}
