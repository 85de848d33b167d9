import { devMailboxListSchema } from '@oikeus/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { devMailboxKeys } from './query-keys';

/**
 * GET /api/dev/mailbox: mail kept by the embedded transport, newest first.
 * Answers 404 unless the server runs with MAIL_TRANSPORT=local.
 */
export async function listLocalMail(to: string | undefined, limit?: number) {
  const { messages } = await api.request('/api/dev/mailbox', {
    query: { to, limit },
    schema: devMailboxListSchema,
  });
  return messages;
}

export function localMailListQueryOptions(to: string | undefined) {
  return queryOptions({
    queryKey: devMailboxKeys.list(to),
    queryFn: () => listLocalMail(to),
    // A newcomer waits here for their sign-in code: look again every few seconds.
    refetchInterval: (query) => (query.state.status === 'error' ? false : 5_000),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

export function useLocalMailList(to: string | undefined) {
  return useQuery(localMailListQueryOptions(to));
}
