// The default single process: API, built SPA and worker on the embedded defaults.
import { ConfigError, loadEnv } from './config/env';
import { createContext } from './bootstrap';
import { start } from './server';
import { failInterruptedCompiles } from './features/exports/fail-interrupted-compiles';
import { scheduledTasks } from './worker/scheduled-tasks';
import { startWorker } from './worker/start-worker';
import { ShiftableClock } from './clock';
import { seedRegisters } from './features/seed/seed-registers';
import { MigrationError } from './db/migrate-error';
import { RegisterDescriptionFileError } from './config/register-description';
import { HolidayCalendarFileError } from './config/holiday-calendar';

async function main(): Promise<void> {
  let env;
  try {
    env = loadEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  let ctx;
  try {
    ctx = await createContext(env, env.TEST_CLOCK ? { clock: new ShiftableClock() } : {});
  } catch (error) {
    if (
      error instanceof RegisterDescriptionFileError ||
      error instanceof HolidayCalendarFileError ||
      error instanceof MigrationError
    ) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (env.SEED_DEMO && (await ctx.db.prisma.customer.count()) === 0) {
    const seeded = await seedRegisters(env.DATABASE_URL, { customers: 50, now: ctx.clock.now() });
    ctx.logger.info(
      { customers: seeded.customers, rows: seeded.rows },
      'Inope Oy demo data loaded',
    );
  }
  // A compile killed with its previous process leaves chunks of personal data:
  // remove them now rather than on the worker's first pass (GDPR Art. 5(1)(e)).
  const interrupted = await failInterruptedCompiles(ctx);
  if (interrupted > 0)
    ctx.logger.warn({ interrupted }, 'interrupted export compiles marked failed');
  const running = await start(ctx);
  const worker = env.RUN_WORKER ? startWorker(ctx, { extraTasks: scheduledTasks }) : null;
  ctx.logger.info(
    { url: running.url, publicUrl: env.PUBLIC_URL, database: ctx.db.provider },
    'Oikeus is listening',
  );
  const shutdown = async (signal: string) => {
    ctx.logger.info({ signal }, 'shutting down');
    await running.stop();
    await worker?.stop();
    await ctx.db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

void main();
