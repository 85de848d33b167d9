import { consoleExportListSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { exportKeys } from './query-keys';

/** GET /api/console/requests/:id/exports: every package compiled for the request. */
export async function listRequestExports(requestId: string) {
  const { exports } = await api.request(
    `/api/console/requests/${encodeURIComponent(requestId)}/exports`,
    { schema: consoleExportListSchema },
  );
  return exports;
}

export function useRequestExports(requestId: string) {
  return useQuery({
    queryKey: exportKeys.ofRequest(requestId),
    queryFn: () => listRequestExports(requestId),
  });
}
