import { erasurePlanSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestUrl } from './use-request-write';
import { requestHandlingKeys } from './query-keys';

/** GET …/erasure/preview: what erasure would delete, anonymise and keep under a legal hold. */
export function previewErasure(requestId: string) {
  return api.request(requestUrl(requestId, '/erasure/preview'), { schema: erasurePlanSchema });
}

export function usePreviewErasure(requestId: string, isRequested: boolean) {
  return useQuery({
    queryKey: requestHandlingKeys.preview('erasure', requestId),
    queryFn: () => previewErasure(requestId),
    enabled: isRequested,
    staleTime: 0,
  });
}
