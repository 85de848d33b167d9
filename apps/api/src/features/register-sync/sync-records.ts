import type { Locale, SyncBatchResponse, SyncRecordType } from '@oikeus/contracts';
import type { RecordSource } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { applyRegisterRecords } from './apply-register-records';
import { recordSyncRun } from './record-sync-run';
import { validateRegisterRecords } from './validate-register-records';

export interface SyncRecordsInput {
  recordType: SyncRecordType;
  upsert: Array<Record<string, unknown>>;
  delete: string[];
  source?: RecordSource;
  sourceDetail?: string;
  apiKeyId: string;
  apiKeyName: string;
  locale: Locale;
}

/**
 * One sync API write (single or batch): every record validated first — one
 * invalid record is a 400 naming its index and field and nothing is written —
 * then upserted and deleted through the law at the door, logged and audited.
 */
export async function syncRecords(
  ctx: AppContext,
  input: SyncRecordsInput,
): Promise<SyncBatchResponse> {
  const startedAt = ctx.clock.now();
  const { records, issues } = validateRegisterRecords(
    input.recordType,
    input.upsert.map((data) => ({ data })),
    { source: input.source, sourceDetail: input.sourceDetail },
    input.locale,
  );
  if (issues.length > 0) {
    // zod's messages, parsed in the caller's language (validate-register-records.ts).
    throw new AppError(
      'VALIDATION_FAILED',
      undefined,
      undefined,
      issues.map((i) => ({ path: `upsert.${i.index}.${i.path}`, message: i.message })),
    );
  }
  const { results, counts } = await applyRegisterRecords(ctx, {
    recordType: input.recordType,
    upsert: records,
    delete: input.delete,
    locale: input.locale,
  });
  const idsOf = (outcome: string) =>
    results.filter((r) => r.outcome === outcome && r.id).map((r) => r.id as string);
  if (counts.created + counts.updated + counts.deleted + counts.refused > 0) {
    await recordSyncRun(ctx, {
      kind: 'sync',
      recordType: input.recordType,
      source: input.source ?? records[0]?.source ?? 'api',
      sourceDetail: input.sourceDetail ?? input.apiKeyName,
      apiKeyId: input.apiKeyId,
      status: 'completed',
      counts,
      startedAt,
      recordIds: {
        created: idsOf('created'),
        updated: idsOf('updated'),
        deleted: idsOf('deleted'),
      },
    });
  }
  return { results, counts };
}
