import { randomBytes } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

export type TestProvider = 'sqlite' | 'postgresql';
export const testProviders: TestProvider[] = ['sqlite', 'postgresql'];

/** A fresh SQLite file copied from the migrated template, or the run's PostgreSQL database. */
export function testDatabaseUrl(provider: TestProvider): string {
  if (provider === 'postgresql') return inject('postgresUrl');
  const template = inject('sqliteTemplate');
  const file = path.join(path.dirname(template), `t-${randomBytes(6).toString('hex')}.db`);
  copyFileSync(template, file);
  return `file:${file}`;
}
