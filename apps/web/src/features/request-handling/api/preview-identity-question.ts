import { identityQuestionPreviewSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestHandlingKeys } from './query-keys';
import { requestUrl } from './use-request-write';

/**
 * GET …/identity-question/preview: whether a question now needs a reason (the
 * identity was already checked) and whether it comes too late for the pause to
 * hold (Art. 12(6); EDPB 01/2022 §159).
 */
export function previewIdentityQuestion(requestId: string) {
  return api.request(requestUrl(requestId, '/identity-question/preview'), {
    schema: identityQuestionPreviewSchema,
  });
}

export function usePreviewIdentityQuestion(requestId: string, version: number) {
  return useQuery({
    // The version in the key: a verified identity changes the answer.
    queryKey: requestHandlingKeys.preview('identity-question', requestId, String(version)),
    queryFn: () => previewIdentityQuestion(requestId),
    staleTime: 0,
  });
}
