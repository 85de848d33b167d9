import { createContext } from '../src/bootstrap';
import { FixedClock } from '../src/clock';
import { loadEnv } from '../src/config/env';
import type { AppContext } from '../src/context';

/** Only signs the benchmark's own staff cookie; the scratch database is dropped after the run. */
const BENCH_SESSION_SECRET = 'oikeus-bench-session-secret-0123456789abcdef';

/**
 * The real application context on the benchmark database, quiet and without
 * the in-process worker (it would send mail and scan reminders mid-measurement).
 * The clock is fixed, so seeded deadlines and reminders are the same every run.
 */
export async function createBenchContext(databaseUrl: string, now: Date): Promise<AppContext> {
  const env = loadEnv({
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: BENCH_SESSION_SECRET,
    LOG_LEVEL: 'silent',
    RUN_WORKER: 'false',
    MAIL_TRANSPORT: 'local',
    PUBLIC_URL: 'http://localhost:3000',
  });
  return createContext(env, { clock: new FixedClock(now) });
}
