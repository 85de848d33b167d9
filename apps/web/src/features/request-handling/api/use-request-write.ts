import { useMutation, useQueryClient } from '@tanstack/react-query';
import { consoleRequestQueryKey } from './get-console-request';

/**
 * A write on a request. Afterwards, success or not, the request is read
 * again: its version moved on, or (409 CONFLICT) someone else's change must
 * be seen before trying again. Register searches are read again too: a
 * rectification, erasure or restriction changes the records they show.
 */
export function useRequestWrite<TInput, TResult>(
  requestId: string,
  write: (input: TInput) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: consoleRequestQueryKey(requestId) }),
        queryClient.invalidateQueries({ queryKey: ['console', 'request-audit', requestId] }),
        queryClient.invalidateQueries({ queryKey: ['console', 'queue'] }),
        queryClient.invalidateQueries({ queryKey: ['console', 'register-search'] }),
      ]),
  });
}

export function requestUrl(requestId: string, suffix = ''): string {
  return `/api/console/requests/${encodeURIComponent(requestId)}${suffix}`;
}
