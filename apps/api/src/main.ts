// The default single process: API, built SPA and worker on the embedded defaults.
import { ConfigError, loadEnv } from './config/env';
import { createContext } from './bootstrap';
import { start } from './server';

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
  const ctx = await createContext(env);
  const running = await start(ctx);
  ctx.logger.info({ url: running.url, publicUrl: env.PUBLIC_URL, database: ctx.db.provider }, 'Oikeus is listening');
  const shutdown = async (signal: string) => {
    ctx.logger.info({ signal }, 'shutting down');
    await running.stop();
    await ctx.db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

void main();
