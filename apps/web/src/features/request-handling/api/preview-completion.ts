import { letterPreviewSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestUrl } from './use-request-write';
import { requestHandlingKeys } from './query-keys';

/** GET …/completion/preview: a draft response letter in the subject's language. */
export function previewCompletion(requestId: string) {
  return api.request(requestUrl(requestId, '/completion/preview'), { schema: letterPreviewSchema });
}

export function usePreviewCompletion(requestId: string, isRequested: boolean) {
  return useQuery({
    queryKey: requestHandlingKeys.preview('completion', requestId),
    queryFn: () => previewCompletion(requestId),
    enabled: isRequested,
    staleTime: 0,
  });
}
