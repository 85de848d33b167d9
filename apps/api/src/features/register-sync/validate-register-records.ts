import {
  parseLocalized,
  syncRecordSchemas,
  validationMessages,
  type Locale,
  type SyncRecordOf,
  type SyncRecordType,
} from '@oikeus/contracts';
import type { RecordSource } from '@oikeus/domain';

export interface RawRecord {
  /** Where the record came from in a file (1-based line), for messages. */
  line?: number;
  /** Maps a field path to the file line it came from (invoice lines span rows). */
  lineOfPath?: (path: string) => number | undefined;
  data: Record<string, unknown>;
}

export interface RecordIssue {
  /** Position of the record in the batch (0-based). */
  index: number;
  line?: number;
  externalId?: string;
  /** The field (column), e.g. `email` or `lines.2.vatRate`. */
  path: string;
  message: string;
}

export interface SourceDefaults {
  source?: RecordSource;
  sourceDetail?: string;
}

/**
 * Validates every record with its register schema and collects every problem
 * with its line and column: one bad record means nothing of the batch is
 * written, so the caller needs the full list at once.
 */
export function validateRegisterRecords<T extends SyncRecordType>(
  recordType: T,
  raw: RawRecord[],
  defaults: SourceDefaults,
  locale: Locale,
): { records: Array<SyncRecordOf[T]>; issues: RecordIssue[] } {
  const schema = syncRecordSchemas[recordType];
  const records: Array<SyncRecordOf[T]> = [];
  const issues: RecordIssue[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const data: Record<string, unknown> = { ...item.data };
    if ((data.source === undefined || data.source === '') && defaults.source) {
      data.source = defaults.source;
    }
    if ((data.sourceDetail === undefined || data.sourceDetail === '') && defaults.sourceDetail) {
      data.sourceDetail = defaults.sourceDetail;
    }
    const externalId = typeof data.externalId === 'string' ? data.externalId.trim() : undefined;
    const result = parseLocalized(schema, data, locale);
    if (!result.success) {
      for (const issue of result.issues) {
        const message =
          issue.path === 'source' && data.source === undefined
            ? validationMessages['source.required'][locale]
            : issue.message;
        issues.push({
          index,
          line: item.lineOfPath?.(issue.path) ?? item.line,
          externalId,
          path: issue.path,
          message,
        });
      }
      return;
    }
    const record = result.data as SyncRecordOf[T];
    if (seen.has(record.externalId)) {
      issues.push({
        index,
        line: item.line,
        externalId: record.externalId,
        path: 'externalId',
        message: validationMessages['externalId.duplicate'][locale],
      });
      return;
    }
    seen.add(record.externalId);
    records.push(record);
  });
  return { records, issues };
}
