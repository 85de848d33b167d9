import { registerSearchResponseSchema, type RegisterSearchQuery } from '@oikeus/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestHandlingKeys } from './query-keys';

/** GET /api/console/register-search: scored matches across both registers, restricted ones flagged. */
export function searchRegisters(query: RegisterSearchQuery) {
  return api.request('/api/console/register-search', {
    query: { ...query },
    schema: registerSearchResponseSchema,
  });
}

/** Runs only once a search has been submitted (`query` not null). */
export function useRegisterSearch(query: RegisterSearchQuery | null) {
  return useQuery({
    queryKey: requestHandlingKeys.registerSearch(query),
    queryFn: () => searchRegisters(query ?? {}),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
