import { sharedQueryKeys } from '../../../lib/query-keys';

/** Keys of the person's own requests (all below the subject root, dropped at sign-in and sign-out). */
export const requestKeys = {
  all: sharedQueryKeys.subject,
  list: () => [...sharedQueryKeys.subject, 'list'] as const,
  detail: (requestId: string) => [...sharedQueryKeys.subject, 'detail', requestId] as const,
};
