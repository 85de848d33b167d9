import { sharedQueryKeys } from '../../../lib/query-keys';

/** Keys of the person's session. */
export const authKeys = {
  session: sharedQueryKeys.subjectSession,
};
