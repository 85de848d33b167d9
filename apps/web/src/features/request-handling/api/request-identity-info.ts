import { requestIdentityInfoResultSchema, type RequestIdentityInfoInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/request-identity-info: asks the subject for identity information; the deadline pauses until the answer (GDPR Art. 12(6)). */
export function requestIdentityInfo(requestId: string, input: RequestIdentityInfoInput) {
  return api.request(requestUrl(requestId, '/request-identity-info'), {
    method: 'POST',
    body: input,
    schema: requestIdentityInfoResultSchema,
  });
}

export function useRequestIdentityInfo(requestId: string) {
  return useRequestWrite(requestId, (input: RequestIdentityInfoInput) =>
    requestIdentityInfo(requestId, input),
  );
}
