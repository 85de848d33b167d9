import { subjectExportListSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { exportKeys } from './query-keys';

/**
 * GET /api/requests/:id/exports: the subject's released packages, each with a
 * short-lived signed download link that also needs the session.
 */
export async function listOwnExports(requestId: string) {
  const { exports } = await api.request(`/api/requests/${encodeURIComponent(requestId)}/exports`, {
    schema: subjectExportListSchema,
  });
  return exports;
}

export function useOwnExports(requestId: string) {
  return useQuery({
    queryKey: exportKeys.own(requestId),
    queryFn: () => listOwnExports(requestId),
    // The links expire soon: fetch fresh ones whenever the person comes back to the page.
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}
