import { createContext } from '../bootstrap';
import { loadEnv } from '../config/env';
import type { AppContext } from '../context';

/** Runs `fn` with a migrated database context and always closes it. Logs stay quiet unless asked. */
export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const env = loadEnv({ LOG_LEVEL: 'warn', ...process.env });
  const ctx = await createContext(env);
  try {
    return await fn(ctx);
  } finally {
    await ctx.db.close();
  }
}
