import { extensionPreviewSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestUrl } from './use-request-write';
import { requestHandlingKeys } from './query-keys';

/** GET …/extension/preview: whether the deadline may still be extended (GDPR Art. 12(3)) and to when. */
export function previewExtension(requestId: string) {
  return api.request(requestUrl(requestId, '/extension/preview'), {
    schema: extensionPreviewSchema,
  });
}

export function usePreviewExtension(requestId: string, isRequested: boolean) {
  return useQuery({
    queryKey: requestHandlingKeys.preview('extension', requestId),
    queryFn: () => previewExtension(requestId),
    enabled: isRequested,
    staleTime: 0,
  });
}
