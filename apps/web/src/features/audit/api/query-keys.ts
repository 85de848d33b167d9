import { sharedQueryKeys } from '../../../lib/query-keys';

/** Keys of the audit trail pages. */
export const auditKeys = {
  page: (query: unknown) => [...sharedQueryKeys.staff, 'audit', query] as const,
};
