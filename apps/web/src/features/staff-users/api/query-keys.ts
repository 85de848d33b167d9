import { sharedQueryKeys } from '../../../lib/query-keys';

/** Keys of the staff user list. */
export const staffUserKeys = {
  list: [...sharedQueryKeys.staff, 'staff-users'] as const,
};
