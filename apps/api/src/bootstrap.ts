import { systemClock, type Clock } from './clock';
import type { Env } from './config/env';
import { resolveAuditChainKeys } from './config/audit-chain-key';
import { resolveSecret } from './config/secret';
import { resolveSuppressionKeys } from './config/suppression-key';
import type { AppContext } from './context';
import { createDatabase } from './db/client';
import { migrate } from './db/migrate';
import { loadHolidayCalendar } from './config/holiday-calendar';
import { loadRegisterDescription } from './config/register-description';
import { createLogger } from './logger';

/** Migrates the database and builds the context every entry point (server, worker, CLI) shares. */
export async function createContext(
  env: Env,
  options: { clock?: Clock } = {},
): Promise<AppContext> {
  const logger = createLogger(env.LOG_LEVEL);
  // Configuration files are read and validated once, before anything else: a bad one stops start-up.
  const registerDescription = loadRegisterDescription(env.REGISTER_DESCRIPTION_PATH);
  const holidayCalendar = loadHolidayCalendar(env);
  const result = await migrate(env.DATABASE_URL);
  if (result.applied.length > 0) logger.info({ applied: result.applied }, 'database migrated');
  const db = createDatabase(env.DATABASE_URL, logger, {
    auditKeys: resolveAuditChainKeys(env),
    slowQueryMs: env.SLOW_QUERY_MS,
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
  });
  return {
    env,
    db,
    logger,
    clock: options.clock ?? systemClock,
    secret: resolveSecret(env),
    suppressionKeys: resolveSuppressionKeys(env),
    registerDescription,
    holidayCalendar,
  };
}
