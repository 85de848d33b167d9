// The real app for retention and register-review tests. The retention job
// scans every register record, so each test gets a database of its own: a
// fresh SQLite file, or on PostgreSQL a private database (the run's shared one
// holds other test files' records, which a run would evaluate too).
import { createPrivatePostgres } from './mail-private-postgres';
import { startTestApp, type TestApp } from './test-app';
import type { TestProvider } from './test-database';

export interface RetentionTestApp extends TestApp {
  /** Closes the app and drops its private database. */
  dispose(): Promise<void>;
}

export async function startRetentionTestApp(
  provider: TestProvider,
  now: Date,
  env: Record<string, string> = {},
): Promise<RetentionTestApp> {
  const database = provider === 'postgresql' ? await createPrivatePostgres() : null;
  const app = await startTestApp(provider, {
    now,
    env: { ...env, ...(database ? { DATABASE_URL: database.url } : {}) },
  });
  return {
    ...app,
    async dispose() {
      await app.close();
      await database?.drop();
    },
  };
}
