// Vitest global setup: one migrated SQLite template (copied per test file) and
// one scratch PostgreSQL database per run on 127.0.0.1:5432, dropped at the end.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/db/migrate';
import { repoRoot } from '../../src/paths';
import { selectedTestDatabases } from '../support/test-databases-env';

declare module 'vitest' {
  export interface ProvidedContext {
    sqliteTemplate: string;
    postgresUrl: string;
  }
}

const adminUrl =
  process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = path.join(repoRoot, 'var', 'test', `run-${process.pid}`);
  mkdirSync(runDir, { recursive: true });
  const template = path.join(runDir, 'template.db');
  await migrate(`file:${template}`);

  project.provide('sqliteTemplate', template);
  // A SQLite-only run (`pnpm test`) needs no PostgreSQL server at all.
  if (!selectedTestDatabases().includes('postgresql')) {
    project.provide('postgresUrl', '');
    return async () => rmSync(runDir, { recursive: true, force: true });
  }

  const dbName = `oikeus_test_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const postgresUrl = url.toString();
  await migrate(postgresUrl);

  project.provide('postgresUrl', postgresUrl);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    rmSync(runDir, { recursive: true, force: true });
  };
}
