import type { LinkableRecordType } from '@oikeus/contracts';
import { sharedQueryKeys } from '../../../lib/query-keys';

/**
 * Keys of the registers as the console sees them. Holdings and record
 * histories live below one root, so a hand edit refreshes both; API keys
 * have their own.
 */
export const registerSyncKeys = {
  registers: [...sharedQueryKeys.staff, 'registers'] as const,
  holdings: [...sharedQueryKeys.staff, 'registers', 'holdings'] as const,
  record: (recordType: LinkableRecordType, id: string) =>
    [...sharedQueryKeys.staff, 'registers', 'record', recordType, id] as const,
  apiKeys: [...sharedQueryKeys.staff, 'api-keys'] as const,
};
