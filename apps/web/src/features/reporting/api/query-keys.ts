import { sharedQueryKeys } from '../../../lib/query-keys';

/** Keys of the reporting figures, one per period and filter set. */
export const reportingKeys = {
  report: (query: unknown) => [...sharedQueryKeys.staff, 'reports', query] as const,
};
