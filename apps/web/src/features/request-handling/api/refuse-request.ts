import { writeResultSchema, type RefuseRequestInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/refusal: refuses with a ground and reasons (GDPR Art. 12(4)–(5)). */
export function refuseRequest(requestId: string, input: RefuseRequestInput) {
  return api.request(requestUrl(requestId, '/refusal'), {
    method: 'POST',
    body: input,
    schema: writeResultSchema,
  });
}

export function useRefuseRequest(requestId: string) {
  return useRequestWrite(requestId, (input: RefuseRequestInput) => refuseRequest(requestId, input));
}
