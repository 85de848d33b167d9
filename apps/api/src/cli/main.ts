// `pnpm dsr <command>`: the operations CLI (migrate, seed, deadline, staff, worker, audit, retention, import, report).
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/env';
import { AppError } from '../errors/app-error';
import { localiseError } from '../errors/localise-error';
import { registerAuditCommands } from './commands/audit';
import { registerDeadlineCommand } from './commands/deadline';
import { registerImportCommand } from './commands/import';
import { registerReportCommand } from './commands/report';
import { registerMigrateCommand } from './commands/migrate';
import { registerRetentionCommands } from './commands/retention';
import { registerSeedCommand } from './commands/seed';
import { registerWorkerCommand } from './commands/worker';
import { registerStaffCommands } from './commands/staff';

const program = new Command('dsr')
  .description(
    'Oikeus operations: database, demo data, deadlines, staff, worker, audit, retention, register import, reports',
  )
  .showHelpAfterError()
  .exitOverride();

registerMigrateCommand(program);
registerSeedCommand(program);
registerDeadlineCommand(program);
registerAuditCommands(program);
registerWorkerCommand(program);
registerStaffCommands(program);
registerRetentionCommands(program);
registerImportCommand(program);
registerReportCommand(program);

program.parseAsync(process.argv).then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    if (error instanceof CommanderError) process.exit(error.exitCode);
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    // An AppError's message is its reason key; the CLI prints the English text.
    if (error instanceof AppError) {
      console.error(localiseError(error, 'en').message);
      process.exit(1);
    }
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
