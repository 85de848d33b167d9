import { sharedQueryKeys } from '../../../lib/query-keys';

/** Keys of export packages: the person's released ones and a request's in the console. */
export const exportKeys = {
  own: (requestId: string) => [...sharedQueryKeys.subject, 'exports', requestId] as const,
  ofRequest: (requestId: string) =>
    [...sharedQueryKeys.staffRequest(requestId), 'exports'] as const,
  preview: (requestId: string, exportId: string | null) =>
    [...sharedQueryKeys.staff, 'export-preview', requestId, exportId] as const,
};
