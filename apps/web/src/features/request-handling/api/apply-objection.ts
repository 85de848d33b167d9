import { applyObjectionResultSchema, type ApplyObjectionInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/objection: prohibits direct marketing on the channels (GDPR Art. 21(3)); idempotent. */
export function applyObjection(requestId: string, input: ApplyObjectionInput) {
  return api.request(requestUrl(requestId, '/objection'), {
    method: 'POST',
    body: input,
    schema: applyObjectionResultSchema,
  });
}

export function useApplyObjection(requestId: string) {
  return useRequestWrite(requestId, (input: ApplyObjectionInput) =>
    applyObjection(requestId, input),
  );
}
