import { apiKeyListSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { registerSyncKeys } from './query-keys';

/** GET /api/console/api-keys (admins): every key, newest first, with its last use; never a secret. */
export function listApiKeys() {
  return api.request('/api/console/api-keys', { schema: apiKeyListSchema });
}

export function useApiKeys() {
  return useQuery({ queryKey: registerSyncKeys.apiKeys, queryFn: listApiKeys });
}
