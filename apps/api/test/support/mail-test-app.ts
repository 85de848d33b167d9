// The real app for mail and reminder tests. PostgreSQL runs get a database of
// their own (see mail-private-postgres.ts); SQLite gets a fresh file anyway.
import { createPrivatePostgres, type PrivatePostgres } from './mail-private-postgres';
import { startTestApp, type TestApp } from './test-app';
import type { TestProvider } from './test-database';

export interface MailTestDatabase {
  /** DATABASE_URL to share between several apps (several workers on one database). */
  url: string | undefined;
  drop(): Promise<void>;
}

export async function createMailTestDatabase(provider: TestProvider): Promise<MailTestDatabase> {
  if (provider === 'sqlite') return { url: undefined, drop: async () => {} };
  const database: PrivatePostgres = await createPrivatePostgres();
  return { url: database.url, drop: () => database.drop() };
}

/**
 * Starts an app. Pass `databaseUrl` to share a database with another app; on
 * SQLite leave it out the first time and reuse `app.ctx.env.DATABASE_URL`.
 */
export async function startMailTestApp(options: {
  provider: TestProvider;
  now: Date;
  databaseUrl?: string;
  env?: Record<string, string>;
}): Promise<TestApp> {
  return startTestApp(options.provider, {
    now: options.now,
    env: { ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}), ...options.env },
  });
}
