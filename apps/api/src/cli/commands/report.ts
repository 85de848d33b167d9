import { parseLocalized, reportQuerySchema, type ReportFilterQuery } from '@oikeus/contracts';
import type { Command } from 'commander';
import { buildReport } from '../../features/reporting/build-report';
import { formatReportCsv } from '../../features/reporting/format-report-csv';
import { withContext } from '../cli-context';

interface ReportOptions {
  from: string;
  to: string;
  format: string;
  type?: string;
  register?: string;
  handler?: string;
}

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description(
      'Print the reporting figures of a period (as the console reporting page shows them): received, open, on time, working days, extensions, pauses, refusals, withdrawals, register actions, packages',
    )
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD (controller time zone)')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD (included)')
    .option('--format <format>', 'csv or json', 'json')
    .option('--type <types>', 'request types, comma-separated (e.g. access,erasure)')
    .option('--register <register>', 'customer or marketing')
    .option('--handler <staffId>', 'only requests assigned to this staff member')
    .action(async (opts: ReportOptions) => {
      if (opts.format !== 'csv' && opts.format !== 'json') {
        throw new Error(`--format: "${opts.format}" is not csv or json`);
      }
      const parsed = parseLocalized(
        reportQuerySchema,
        {
          period: 'custom',
          from: opts.from,
          to: opts.to,
          type: opts.type,
          register: opts.register,
          handler: opts.handler,
        },
        'en',
      );
      if (!parsed.success) {
        throw new Error(parsed.issues.map((i) => `--${i.path}: ${i.message}`).join('\n'));
      }
      const query: ReportFilterQuery = parsed.data;
      const format = opts.format;
      await withContext(async (ctx) => {
        // The operator at the server sees every request, as an admin does.
        const report = await buildReport(ctx, { role: 'operator' }, query);
        process.stdout.write(
          format === 'csv' ? formatReportCsv(report) : `${JSON.stringify(report, null, 2)}\n`,
        );
      });
    });
}
