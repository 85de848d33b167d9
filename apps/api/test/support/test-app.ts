import { FixedClock } from '../../src/clock';
import { createContext } from '../../src/bootstrap';
import { loadEnv } from '../../src/config/env';
import type { AppContext } from '../../src/context';
import { start, type RunningServer } from '../../src/server';
import { testDatabaseUrl, type TestProvider } from './test-database';

export interface TestApp {
  ctx: AppContext;
  clock: FixedClock;
  url: string;
  server: RunningServer;
  close(): Promise<void>;
}

/** The real app over real HTTP on a free port, with an injected clock. */
export async function startTestApp(
  provider: TestProvider,
  options: { now?: Date; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const clock = new FixedClock(options.now ?? new Date('2026-03-02T09:00:00Z'));
  const env = loadEnv({
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(provider),
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
    LOG_LEVEL: 'silent',
    RUN_WORKER: 'false',
    PUBLIC_URL: 'http://localhost:3000',
    ...options.env,
  });
  const ctx = await createContext(env, { clock });
  const server = await start(ctx, 0, '127.0.0.1');
  return {
    ctx,
    clock,
    url: server.url,
    server,
    close: async () => {
      await server.stop();
      await ctx.db.close();
    },
  };
}
