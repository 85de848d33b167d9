import { recordHistorySchema, type LinkableRecordType } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { registerSyncKeys } from './query-keys';

/** GET /api/console/records/:recordType/:id: the record with its changes, restrictions and requests. */
export function getRecordHistory(recordType: LinkableRecordType, id: string) {
  return api.request(`/api/console/records/${recordType}/${encodeURIComponent(id)}`, {
    schema: recordHistorySchema,
  });
}

export function useRecordHistory(recordType: LinkableRecordType, id: string) {
  return useQuery({
    queryKey: registerSyncKeys.record(recordType, id),
    queryFn: () => getRecordHistory(recordType, id),
  });
}
