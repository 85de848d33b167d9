import { queueResponseSchema, type queueQuerySchema } from '@oikeus/contracts';
import type { z } from 'zod';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queueKeys } from './query-keys';

/**
 * GET /api/console/requests: the queue ordered by legal deadline; without a
 * status filter it shows the open requests. 50 per page, by cursor.
 */
export type QueueParams = Partial<z.output<typeof queueQuerySchema>>;

export function listQueue(query: QueueParams) {
  return api.request('/api/console/requests', {
    query: {
      status: query.status,
      type: query.type,
      assignee: query.assignee,
      register: query.register,
      q: query.q,
      cursor: query.cursor,
    },
    schema: queueResponseSchema,
  });
}

export function queueQueryOptions(query: QueueParams) {
  return queryOptions({
    queryKey: queueKeys.page(query),
    queryFn: () => listQueue(query),
    placeholderData: keepPreviousData,
  });
}

export function useQueue(query: QueueParams) {
  return useQuery(queueQueryOptions(query));
}
