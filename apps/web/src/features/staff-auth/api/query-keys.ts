import { sharedQueryKeys } from '../../../lib/query-keys';

/** Keys of the staff member's session. */
export const staffAuthKeys = {
  session: sharedQueryKeys.staffSession,
  /** The member's own active console sessions (account page). */
  ownSessions: [...sharedQueryKeys.staff, 'own-sessions'] as const,
};
