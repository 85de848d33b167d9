import { subjectRequestListSchema } from '@oikeus/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestKeys } from './query-keys';

/** GET /api/requests: the signed-in subject's own requests, newest first. */
export async function listRequests() {
  const { requests } = await api.request('/api/requests', { schema: subjectRequestListSchema });
  return requests;
}

export const requestListQueryOptions = queryOptions({
  queryKey: requestKeys.list(),
  queryFn: listRequests,
});

export function useRequestList() {
  return useQuery(requestListQueryOptions);
}
