import { consoleExportResponseSchema, type CompileExportInput } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { exportKeys } from './query-keys';

/** POST /api/console/requests/:id/exports: compiles the access (Art. 15) or portability (Art. 20) package. */
export async function compileExport(requestId: string, input: CompileExportInput) {
  const { export: compiled } = await api.request(
    `/api/console/requests/${encodeURIComponent(requestId)}/exports`,
    { method: 'POST', body: input, schema: consoleExportResponseSchema },
  );
  return compiled;
}

export function useCompileExport(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CompileExportInput) => compileExport(requestId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: exportKeys.ofRequest(requestId) }),
  });
}
