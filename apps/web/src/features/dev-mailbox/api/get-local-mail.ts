import { localMailSchema } from '@oikeus/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { devMailboxKeys } from './query-keys';

/** GET /api/dev/mailbox/:id: one kept message with its text and HTML bodies. */
export function getLocalMail(id: string) {
  return api.request(`/api/dev/mailbox/${encodeURIComponent(id)}`, { schema: localMailSchema });
}

export function localMailQueryOptions(id: string) {
  return queryOptions({
    queryKey: devMailboxKeys.message(id),
    queryFn: () => getLocalMail(id),
  });
}

export function useLocalMail(id: string) {
  return useQuery(localMailQueryOptions(id));
}
