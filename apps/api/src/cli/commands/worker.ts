import type { Command } from 'commander';
import { createContext } from '../../bootstrap';
import { loadEnv } from '../../config/env';
import { scheduledTasks } from '../../worker/scheduled-tasks';
import { startWorker } from '../../worker/start-worker';

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description(
      'Run the worker alone (mail outbox, reminders, scheduled jobs) until stopped; run several against PostgreSQL',
    )
    .option('--once', 'run each job once and exit')
    .action(async (opts: { once?: boolean }) => {
      const ctx = await createContext(loadEnv());
      const worker = startWorker(ctx, { extraTasks: scheduledTasks, isLooping: !opts.once });
      if (opts.once) {
        const result = await worker.runOnce();
        await Promise.all(scheduledTasks.map((task) => task.run(ctx)));
        await worker.stop();
        await ctx.db.close();
        console.log(JSON.stringify(result));
        return;
      }
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await worker.stop();
      await ctx.db.close();
    });
}
