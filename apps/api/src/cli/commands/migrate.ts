import type { Command } from 'commander';
import { loadEnv } from '../../config/env';
import { migrate } from '../../db/migrate';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending migrations (also done automatically on start)')
    .action(async () => {
      const env = loadEnv();
      const result = await migrate(env.DATABASE_URL);
      console.log(
        result.applied.length === 0
          ? `Database is up to date (${result.alreadyApplied} migrations applied earlier).`
          : `Applied: ${result.applied.join(', ')}`,
      );
    });
}
