// Narrowing of the free-text vocabularies the register answers carry (record
// types, run kinds and sources are strings in the contract), so each label is
// looked up by a known key and anything new is shown as it is.
import { syncRecordTypes, type SyncRecordType } from '@oikeus/contracts';
import { RECORD_SOURCES, type RecordSource } from '@oikeus/domain';

export type HoldingsRecordType = SyncRecordType | 'invoice-lines' | 'marketing-permissions';

const holdingsRecordTypes: readonly string[] = [
  ...syncRecordTypes,
  'invoice-lines',
  'marketing-permissions',
];

export function isHoldingsRecordType(value: string): value is HoldingsRecordType {
  return holdingsRecordTypes.includes(value);
}

export function isRecordSource(value: string | null): value is RecordSource {
  return value !== null && (RECORD_SOURCES as readonly string[]).includes(value);
}

export function isRunKind(value: string): value is 'import' | 'sync' {
  return value === 'import' || value === 'sync';
}

export function isRunStatus(value: string): value is 'completed' | 'invalid' {
  return value === 'completed' || value === 'invalid';
}
