import { syncRecordResultSchema, type RecordPermissionInput } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sharedQueryKeys } from '../../../lib/query-keys';

/**
 * POST /api/console/records/marketing-contacts/:id/permissions: a permission
 * or prohibition received by phone, letter or otherwise (GDPR Art. 7(1),
 * 21(3)); a permission for a suppressed address is refused with 409.
 */
export function recordPermission(contactId: string, input: RecordPermissionInput) {
  return api.request(
    `/api/console/records/marketing-contacts/${encodeURIComponent(contactId)}/permissions`,
    { method: 'POST', body: input, schema: syncRecordResultSchema },
  );
}

export function useRecordPermission(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordPermissionInput) => recordPermission(contactId, input),
    // The decision also changes what a request's objection plan or marketing audience shows.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharedQueryKeys.staff }),
  });
}
