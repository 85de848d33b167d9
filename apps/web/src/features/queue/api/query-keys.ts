import { sharedQueryKeys } from '../../../lib/query-keys';

/** Keys of the queue pages. */
export const queueKeys = {
  all: sharedQueryKeys.queue,
  page: (query: unknown) => [...sharedQueryKeys.queue, query] as const,
};
