import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sharedQueryKeys } from '../../../lib/query-keys';
import { requestHandlingKeys } from './query-keys';

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
        // Detail, audit entries, packages and suggestions: all below the request's key.
        queryClient.invalidateQueries({ queryKey: requestHandlingKeys.detail(requestId) }),
        queryClient.invalidateQueries({ queryKey: sharedQueryKeys.queue }),
        queryClient.invalidateQueries({ queryKey: requestHandlingKeys.registerSearchAll }),
      ]),
  });
}

export function requestUrl(requestId: string, suffix = ''): string {
  return `/api/console/requests/${encodeURIComponent(requestId)}${suffix}`;
}
