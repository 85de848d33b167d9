import { writeResultSchema, type CompleteRequestInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/completion: completes with the response letter. */
export function completeRequest(requestId: string, input: CompleteRequestInput) {
  return api.request(requestUrl(requestId, '/completion'), {
    method: 'POST',
    body: input,
    schema: writeResultSchema,
  });
}

export function useCompleteRequest(requestId: string) {
  return useRequestWrite(requestId, (input: CompleteRequestInput) =>
    completeRequest(requestId, input),
  );
}
