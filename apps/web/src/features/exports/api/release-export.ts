import { consoleExportResponseSchema, type ReleaseExportInput } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sharedQueryKeys } from '../../../lib/query-keys';

/** POST …/exports/:exportId/release: the subject can download the package until it expires. */
export async function releaseExport(
  requestId: string,
  exportId: string,
  input: ReleaseExportInput,
) {
  const { export: released } = await api.request(
    `/api/console/requests/${encodeURIComponent(requestId)}/exports/${encodeURIComponent(exportId)}/release`,
    { method: 'POST', body: input, schema: consoleExportResponseSchema },
  );
  return released;
}

export function useReleaseExport(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ exportId, ...input }: ReleaseExportInput & { exportId: string }) =>
      releaseExport(requestId, exportId, input),
    // The request's packages and its detail (timeline, status) live below its key.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: sharedQueryKeys.staffRequest(requestId) }),
  });
}
