import { writeResultSchema, type StartRequestInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/start: received → in_progress. */
export function startRequest(requestId: string, input: StartRequestInput) {
  return api.request(requestUrl(requestId, '/start'), {
    method: 'POST',
    body: input,
    schema: writeResultSchema,
  });
}

export function useStartRequest(requestId: string) {
  return useRequestWrite(requestId, (input: StartRequestInput) => startRequest(requestId, input));
}
