// The parts of the TanStack Query cache that more than one feature touches.
// Each feature builds its own keys below these roots in
// features/<name>/api/query-keys.ts (bulletproof-react's query-options
// style); no other file writes a key as a literal, so a key cannot drift
// between the query that fills it and the write that refreshes it.

/** Everything about the signed-in person's own requests; dropped when anyone signs in or out. */
const subject = ['requests'] as const;
/** Everything a staff member may see; dropped when a staff member signs in or out. */
const staff = ['console'] as const;

export const sharedQueryKeys = {
  subject,
  staff,
  subjectSession: ['auth', 'session'] as const,
  staffSession: ['staff-auth', 'session'] as const,
  /**
   * One request in the console. Its detail, audit entries, export packages
   * and recipient suggestions live below this key, so one invalidation after
   * a write refreshes them together.
   */
  staffRequest: (requestId: string) => [...staff, 'request', requestId] as const,
  /** The queue: a write on any request may move it. */
  queue: [...staff, 'queue'] as const,
};

/** Keys whose data says who is signed in; refreshed when any call answers 401. */
export const sessionQueryKeys = [sharedQueryKeys.subjectSession, sharedQueryKeys.staffSession];
