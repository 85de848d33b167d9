import { sharedQueryKeys } from '../../../lib/query-keys';

/** Keys of the staff member's session. */
export const staffAuthKeys = {
  session: sharedQueryKeys.staffSession,
  /** The member's own active console sessions (account page). */
  ownSessions: [...sharedQueryKeys.staff, 'own-sessions'] as const,
  /** The member's own name, mail language and mail preferences (account page). */
  ownAccount: [...sharedQueryKeys.staff, 'own-account'] as const,
  /** What a one-time password link allows (set-password page; no session needed). */
  passwordLink: (token: string) => ['staff-password-link', token] as const,
};
