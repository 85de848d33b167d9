import { isLocalDate } from '@oikeus/domain';
import type { Command } from 'commander';
import { formatRetentionReport } from '../../features/retention/format-retention-report';
import { runRetention } from '../../features/retention/run-retention';
import { withContext } from '../cli-context';

export function registerRetentionCommands(program: Command): void {
  const retention = program
    .command('retention')
    .description('Retention job (the notice section 5)');
  retention
    .command('run')
    .description(
      'Delete or anonymise what the register description says is due; prints what and why',
    )
    .option('--dry-run', 'decide and report only: nothing is deleted, anonymised or audited')
    .option(
      '--today <date>',
      'evaluate on this date (YYYY-MM-DD); a real run refuses a date after today',
    )
    .action(async (opts: { dryRun?: boolean; today?: string }) => {
      if (opts.today !== undefined && !isLocalDate(opts.today)) {
        throw new Error(`--today: "${opts.today}" is not a date written YYYY-MM-DD`);
      }
      await withContext(async (ctx) => {
        const result = await runRetention(ctx, { dryRun: opts.dryRun ?? false, today: opts.today });
        if (result.status === 'already_running') {
          console.log(
            `Another retention run (${result.runId}) is in progress on ${result.lockedBy} since ${result.startedAt.toISOString()}; nothing was done.`,
          );
          process.exitCode = 3;
          return;
        }
        console.log(formatRetentionReport(result));
      });
    });
}
