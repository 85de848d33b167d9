import { apiKeyViewSchema } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { registerSyncKeys } from './query-keys';

/** POST /api/console/api-keys/:id/revoke (admins): the next call with the key is refused. */
export function revokeApiKey(id: string) {
  return api.request(`/api/console/api-keys/${encodeURIComponent(id)}/revoke`, {
    method: 'POST',
    schema: apiKeyViewSchema,
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registerSyncKeys.apiKeys }),
  });
}
