import { letterPreviewSchema, type RefusalGround } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestUrl } from './use-request-write';
import { requestHandlingKeys } from './query-keys';

/** GET …/refusal/preview?ground=: a draft refusal letter with the complaint route (GDPR Art. 12(4)). */
export function previewRefusal(requestId: string, ground: RefusalGround) {
  return api.request(requestUrl(requestId, '/refusal/preview'), {
    query: { ground },
    schema: letterPreviewSchema,
  });
}

export function usePreviewRefusal(requestId: string, ground: RefusalGround | null) {
  return useQuery({
    queryKey: requestHandlingKeys.preview('refusal', requestId, ground),
    queryFn: () => previewRefusal(requestId, ground ?? 'identity_not_confirmed'),
    enabled: ground !== null,
    staleTime: 0,
  });
}
