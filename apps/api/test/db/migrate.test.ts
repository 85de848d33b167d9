import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  checksumOf,
  migrate,
  migrationsDir,
  planMigrations,
  readMigrations,
} from '../../src/db/migrate';
import { MigrationError } from '../../src/db/migrate-error';
import { testDatabaseUrl, isPostgresTested } from '../support/test-database';

function freshSqliteUrl(): string {
  return `file:${path.join(mkdtempSync(path.join(tmpdir(), 'oikeus-mig-')), 'db.sqlite')}`;
}

describe('migration runner', () => {
  it('when run on an empty SQLite file, it applies every migration and records it as Prisma does', async () => {
    const url = freshSqliteUrl();
    const local = readMigrations(migrationsDir('sqlite'));
    const first = await migrate(url);
    expect(first.applied).toEqual(local.map((m) => m.name));
    const db = new Database(url.slice(5));
    const rows = db.prepare('SELECT * FROM _prisma_migrations').all() as Array<
      Record<string, unknown>
    >;
    db.close();
    expect(rows).toHaveLength(local.length);
    const row = rows[0]!;
    expect(row.checksum).toBe(
      checksumOf(
        readFileSync(path.join(migrationsDir('sqlite'), local[0]!.name, 'migration.sql'), 'utf8'),
      ),
    );
    expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(row.applied_steps_count).toBe(1);
    expect(typeof row.finished_at).toBe('number');
    expect(row.rolled_back_at).toBeNull();
    expect(String(row.id)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when run twice, the second run applies nothing', async () => {
    const url = freshSqliteUrl();
    await migrate(url);
    const second = await migrate(url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBeGreaterThan(0);
  });

  it('when an applied migration file was edited, it refuses with a message naming the migration', async () => {
    const applied = readMigrations(migrationsDir('sqlite')).map((m) => ({
      migration_name: m.name,
      checksum: m.checksum,
      finished_at: 1,
      rolled_back_at: null,
    }));
    const edited = readMigrations(migrationsDir('sqlite')).map((m, i) =>
      i === 0
        ? { ...m, sql: `${m.sql}\n-- edited`, checksum: checksumOf(`${m.sql}\n-- edited`) }
        : m,
    );
    expect(() => planMigrations(edited, applied)).toThrow(/was changed after it was applied/);
    expect(() => planMigrations(edited, applied)).toThrow(edited[0]!.name);
  });

  it('when a migration is checked out with CRLF line endings, its checksum still matches', () => {
    const local = readMigrations(migrationsDir('sqlite'));
    const applied = local.map((m) => ({
      migration_name: m.name,
      checksum: m.checksum,
      finished_at: 1,
      rolled_back_at: null,
    }));
    const crlf = local.map((m) => ({ ...m, sql: m.sql.replaceAll('\n', '\r\n') }));
    expect(planMigrations(crlf, applied)).toEqual([]);
  });

  it('when an earlier run stopped half-way, it refuses to continue and says how to resolve it', () => {
    const local = readMigrations(migrationsDir('sqlite'));
    const half = [
      {
        migration_name: local[0]!.name,
        checksum: local[0]!.checksum,
        finished_at: null,
        rolled_back_at: null,
      },
    ];
    expect(() => planMigrations(local, half)).toThrow(/did not finish/);
  });

  it('when a new migration folder is added, only it is applied', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'oikeus-migdir-'));
    cpSync(migrationsDir('sqlite'), dir, { recursive: true });
    const local = readMigrations(dir);
    const extra = `29991231000000_probe`;
    cpSync(path.join(dir, local[0]!.name), path.join(dir, extra), { recursive: true });
    writeFileSync(
      path.join(dir, extra, 'migration.sql'),
      'CREATE TABLE "Probe" ("id" TEXT NOT NULL PRIMARY KEY);\n',
    );
    const plan = planMigrations(
      readMigrations(dir),
      local.map((m) => ({
        migration_name: m.name,
        checksum: m.checksum,
        finished_at: 1,
        rolled_back_at: null,
      })),
    );
    expect(plan.map((m) => m.name)).toEqual([extra]);
  });

  it.skipIf(!isPostgresTested)(
    'when run on PostgreSQL, it records every migration with a finish time',
    async () => {
      const url = testDatabaseUrl('postgresql');
      const again = await migrate(url);
      expect(again.applied).toEqual([]);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query(
        'SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations',
      );
      await client.end();
      const local = readMigrations(migrationsDir('postgresql'));
      expect(rows.map((r) => r.migration_name).sort()).toEqual(local.map((m) => m.name));
      for (const r of rows) {
        expect(r.finished_at).toBeInstanceOf(Date);
        expect(r.applied_steps_count).toBe(1);
        expect(r.checksum).toBe(local.find((m) => m.name === r.migration_name)!.checksum);
      }
    },
  );

  it.skipIf(!isPostgresTested)(
    'when the PostgreSQL database does not exist yet, it is created and migrated (issue #19: the README line works on a fresh server)',
    async () => {
      const existing = new URL(testDatabaseUrl('postgresql'));
      const name = `oikeus_fresh_${Math.random().toString(36).slice(2, 10)}`;
      const fresh = new URL(existing);
      fresh.pathname = `/${name}`;
      const admin = new pg.Client({ connectionString: existing.toString() });
      await admin.connect();
      try {
        const result = await migrate(fresh.toString());
        expect(result.applied.length).toBe(readMigrations(migrationsDir('postgresql')).length);
        const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        expect(rows).toHaveLength(1);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    },
  );

  it('when PostgreSQL cannot be reached, start-up fails with one line naming the server and database', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const failure = await migrate('postgres://postgres@127.0.0.1:1/oikeus').catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(MigrationError);
    const message = (failure as Error).message;
    expect(message).toContain('Cannot connect to PostgreSQL at 127.0.0.1:1 (database "oikeus")');
    expect(message).not.toContain('\n');
  });
});
