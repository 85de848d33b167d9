// A fresh database per run, so figures never depend on what an earlier run or
// a developer left behind: a new SQLite file under var/bench/, or a scratch
// PostgreSQL database created next to DATABASE_URL's and dropped afterwards.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { DbProvider } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { repoRoot } from '../src/paths';

export interface BenchDatabase {
  provider: DbProvider;
  url: string;
  drop(): Promise<void>;
}

export const benchDir = path.join(repoRoot, 'var', 'bench');

export async function createSqliteBenchDatabase(keep: boolean): Promise<BenchDatabase> {
  mkdirSync(benchDir, { recursive: true });
  const file = path.join(benchDir, `bench-${Date.now()}-${randomBytes(3).toString('hex')}.db`);
  const url = `file:${file}`;
  await migrate(url);
  return {
    provider: 'sqlite',
    url,
    drop: async () => {
      if (keep) return;
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

/** `baseUrl` is the configured DATABASE_URL; its role needs CREATEDB. */
export async function createPostgresBenchDatabase(
  baseUrl: string,
  keep: boolean,
): Promise<BenchDatabase> {
  const name = `oikeus_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return {
    provider: 'postgresql',
    url: url.toString(),
    drop: async () => {
      if (keep) return;
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** The URL without its password, for printing. */
export function displayUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
