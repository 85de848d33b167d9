import { randomBytes } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { selectedTestDatabases } from './test-databases-env';

export type TestProvider = 'sqlite' | 'postgresql';

/**
 * The databases this run tests, from TEST_DATABASES (comma-separated; both
 * when unset). `pnpm test` runs SQLite only for a quick loop; `pnpm test:all`
 * and CI run both (test-databases-env.ts reads the same variable).
 */
export const testProviders: TestProvider[] = selectedTestDatabases();

/** Whether this run tests PostgreSQL: suites that need it alone skip otherwise. */
export const isPostgresTested = testProviders.includes('postgresql');

/** A fresh SQLite file copied from the migrated template, or the run's PostgreSQL database. */
export function testDatabaseUrl(provider: TestProvider): string {
  if (provider === 'postgresql') {
    const url = inject('postgresUrl');
    if (!url) throw new Error('PostgreSQL is not tested in this run (TEST_DATABASES)');
    return url;
  }
  const template = inject('sqliteTemplate');
  const file = path.join(path.dirname(template), `t-${randomBytes(6).toString('hex')}.db`);
  copyFileSync(template, file);
  return `file:${file}`;
}
