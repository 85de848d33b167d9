import { sharedQueryKeys } from '../../../lib/query-keys';

/** Keys of the staff member's session. */
export const staffAuthKeys = {
  session: sharedQueryKeys.staffSession,
};
