import { consoleRequestDetailSchema } from '@oikeus/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestHandlingKeys } from './query-keys';

/** GET /api/console/requests/:id: everything about one request, with its version for the next write. */
export function getConsoleRequest(id: string) {
  return api.request(`/api/console/requests/${encodeURIComponent(id)}`, {
    schema: consoleRequestDetailSchema,
  });
}

export function consoleRequestQueryOptions(id: string) {
  return queryOptions({
    queryKey: requestHandlingKeys.detail(id),
    queryFn: () => getConsoleRequest(id),
  });
}

export function useConsoleRequest(id: string) {
  return useQuery(consoleRequestQueryOptions(id));
}
