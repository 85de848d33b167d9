import { sharedQueryKeys } from '../../../lib/query-keys';

/** Keys of the retention reviews, reminder settings and mail outbox. */
export const housekeepingKeys = {
  registerReviews: [...sharedQueryKeys.staff, 'register-reviews'] as const,
  settings: [...sharedQueryKeys.staff, 'settings'] as const,
  outbox: [...sharedQueryKeys.staff, 'outbox'] as const,
};
