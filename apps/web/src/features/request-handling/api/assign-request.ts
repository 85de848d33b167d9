import { writeResultSchema, type AssignRequestInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/assign: to oneself (`me`), another handler, or nobody (null). */
export function assignRequest(requestId: string, input: AssignRequestInput) {
  return api.request(requestUrl(requestId, '/assign'), {
    method: 'POST',
    body: input,
    schema: writeResultSchema,
  });
}

export function useAssignRequest(requestId: string) {
  return useRequestWrite(requestId, (input: AssignRequestInput) => assignRequest(requestId, input));
}
