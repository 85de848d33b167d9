import { exportPreviewSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { exportKeys } from './query-keys';

/** GET …/exports/:exportId/preview: the manifest of what the subject will receive, before release. */
export function previewExport(requestId: string, exportId: string) {
  return api.request(
    `/api/console/requests/${encodeURIComponent(requestId)}/exports/${encodeURIComponent(exportId)}/preview`,
    { schema: exportPreviewSchema },
  );
}

export function useExportPreview(requestId: string, exportId: string | null) {
  return useQuery({
    queryKey: exportKeys.preview(requestId, exportId),
    queryFn: () => previewExport(requestId, exportId ?? ''),
    enabled: exportId !== null,
  });
}

/**
 * GET …/exports/:exportId/report.html: the human-readable report as its own
 * sandboxed page (the server sends a CSP that allows only its own style), for
 * an <iframe src>.
 */
export function exportReportUrl(requestId: string, exportId: string): string {
  return `/api/console/requests/${encodeURIComponent(requestId)}/exports/${encodeURIComponent(exportId)}/report.html`;
}
