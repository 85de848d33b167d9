import { systemClock, type Clock } from './clock';
import type { Env } from './config/env';
import { resolveSecret } from './config/secret';
import type { AppContext } from './context';
import { createDatabase } from './db/client';
import { migrate } from './db/migrate';
import { loadRegisterDescription } from './config/register-description';
import { createLogger } from './logger';

/** Migrates the database and builds the context every entry point (server, worker, CLI) shares. */
export async function createContext(
  env: Env,
  options: { clock?: Clock } = {},
): Promise<AppContext> {
  const logger = createLogger(env.LOG_LEVEL);
  const registerDescription = loadRegisterDescription(env.REGISTER_DESCRIPTION_PATH);
  const result = await migrate(env.DATABASE_URL);
  if (result.applied.length > 0) logger.info({ applied: result.applied }, 'database migrated');
  const db = createDatabase(env.DATABASE_URL, logger, env.SLOW_QUERY_MS);
  return {
    env,
    db,
    logger,
    clock: options.clock ?? systemClock,
    secret: resolveSecret(env),
    registerDescription,
  };
}
