import path from 'node:path';
import type { Locale, SyncCounts, SyncRecordType } from '@oikeus/contracts';
import type { RecordSource } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { applyRegisterRecords } from './apply-register-records';
import { recordSyncRun } from './record-sync-run';
import { emptyCounts } from './sync-values';
import { validateRegisterRecords, type RecordIssue } from './validate-register-records';
import type { SyncRecordResult } from '@oikeus/contracts';
import { readImportFile } from './read-import-file';

export interface ImportInput {
  recordType: SyncRecordType;
  file: string;
  dryRun?: boolean;
  source?: RecordSource;
  sourceDetail?: string;
  locale?: Locale;
  /** Called once the file is read and valid, then after every chunk. */
  onStart?: (total: number) => void;
  onProgress?: (done: number) => void;
}

export type ImportResult =
  | { status: 'invalid'; runId: string; total: number; issues: RecordIssue[] }
  | {
      status: 'completed';
      runId: string;
      total: number;
      isDryRun: boolean;
      counts: SyncCounts;
      /** Refused records, with the reason, for the report. */
      refused: SyncRecordResult[];
    };

/**
 * `pnpm dsr import`: reads, validates every row (nothing is written when any
 * row is invalid), then upserts by externalId through the same door checks
 * as the sync API, and logs and audits the run.
 */
export async function importRegisterFile(
  ctx: AppContext,
  input: ImportInput,
): Promise<ImportResult> {
  const startedAt = ctx.clock.now();
  const locale = input.locale ?? 'en';
  const read = await readImportFile(input.file, input.recordType);
  const validated = validateRegisterRecords(
    input.recordType,
    read.records,
    { source: input.source, sourceDetail: input.sourceDetail },
    locale,
  );
  const issues = [...read.issues, ...validated.issues].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0),
  );
  const runBase = {
    kind: 'import' as const,
    recordType: input.recordType,
    source: input.source ?? 'file',
    sourceDetail: input.sourceDetail ?? null,
    fileName: path.basename(input.file),
    isDryRun: input.dryRun ?? false,
    startedAt,
  };
  const total = read.records.length;
  if (issues.length > 0) {
    const runId = await recordSyncRun(ctx, {
      ...runBase,
      status: 'invalid',
      counts: { ...emptyCounts(), invalid: issues.length },
    });
    return { status: 'invalid', runId, total, issues };
  }
  input.onStart?.(validated.records.length);
  const { results, counts } = await applyRegisterRecords(ctx, {
    recordType: input.recordType,
    upsert: validated.records,
    dryRun: input.dryRun,
    locale,
    // Fewer, larger transactions: each commit is a disk sync; 5 000 rows hold the write lock for about a second.
    chunkSize: 5000,
    onProgress: input.onProgress,
  });
  const runId = await recordSyncRun(ctx, { ...runBase, status: 'completed', counts });
  return {
    status: 'completed',
    runId,
    total,
    isDryRun: runBase.isDryRun,
    counts,
    refused: results.filter((r) => r.outcome === 'refused'),
  };
}
