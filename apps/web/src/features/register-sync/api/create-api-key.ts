import { createApiKeyResponseSchema, type CreateApiKeyInput } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { registerSyncKeys } from './query-keys';

/**
 * POST /api/console/api-keys (admins): a key scoped to record types and read
 * or write (GDPR Art. 32: least privilege). The answer carries the whole key
 * this once; only its hash is stored.
 */
export function createApiKey(input: CreateApiKeyInput) {
  return api.request('/api/console/api-keys', {
    method: 'POST',
    body: input,
    schema: createApiKeyResponseSchema,
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registerSyncKeys.apiKeys }),
  });
}
