import path from 'node:path';
import { syncRecordTypes, type SyncRecordType } from '@oikeus/contracts';
import { recordSourceSchema, type RecordSource } from '@oikeus/domain';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { formatImportReport } from '../../features/register-sync/format-import-report';
import { importRegisterFile } from '../../features/register-sync/import-register-file';
import { withContext } from '../cli-context';

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      `Load register records from a CSV (header row; ; or , separated) or JSON Lines file, upserting by externalId. Record types: ${syncRecordTypes.join(', ')}. Columns: docs/import.md`,
    )
    .argument('<record-type>', syncRecordTypes.join(' | '))
    .argument('<file>', 'CSV (.csv) or JSON Lines (.jsonl) file')
    .option('--dry-run', 'validate and check everything, write nothing')
    .option('--source <code>', 'source for rows without a source column (e.g. contract, web_form)')
    .option('--source-detail <text>', 'free-text source detail, e.g. "CRM export 2026-12-07"')
    .action(
      async (
        recordType: string,
        file: string,
        opts: { dryRun?: boolean; source?: string; sourceDetail?: string },
      ) => {
        if (!(syncRecordTypes as readonly string[]).includes(recordType)) {
          throw new Error(
            `Unknown record type "${recordType}"; use one of ${syncRecordTypes.join(', ')}`,
          );
        }
        let source: RecordSource | undefined;
        if (opts.source !== undefined) {
          const parsed = recordSourceSchema.safeParse(opts.source);
          if (!parsed.success) {
            throw new Error(
              `--source: "${opts.source}" is not a source; use one of ${recordSourceSchema.options.join(', ')}`,
            );
          }
          source = parsed.data;
        }
        // pnpm runs the script in apps/api; a relative path means the caller's directory.
        const fullPath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
        const bar = new SingleBar(
          {
            stream: process.stderr,
            format: 'import [{bar}] {value}/{total} records | {eta}s left',
          },
          Presets.shades_classic,
        );
        await withContext(async (ctx) => {
          const result = await importRegisterFile(ctx, {
            recordType: recordType as SyncRecordType,
            file: fullPath,
            dryRun: opts.dryRun,
            source,
            sourceDetail: opts.sourceDetail,
            onStart: (total) => bar.start(total, 0),
            onProgress: (done) => bar.update(done),
          });
          bar.stop();
          console.log(formatImportReport(result, file));
          if (result.status === 'invalid') process.exitCode = 2;
        });
      },
    );
}
