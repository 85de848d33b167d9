import { subjectRequestDetailResponseSchema } from '@oikeus/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestKeys } from './query-keys';

/** GET /api/requests/:id: one own request with its deadline, timeline and messages. */
export async function getRequest(id: string) {
  const { request } = await api.request(`/api/requests/${encodeURIComponent(id)}`, {
    schema: subjectRequestDetailResponseSchema,
  });
  return request;
}

export function requestQueryOptions(id: string) {
  return queryOptions({ queryKey: requestKeys.detail(id), queryFn: () => getRequest(id) });
}

export function useRequest(id: string) {
  return useQuery(requestQueryOptions(id));
}
