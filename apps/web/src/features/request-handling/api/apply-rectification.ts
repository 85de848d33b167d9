import { applyRectificationResultSchema, type ApplyRectificationInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/rectification: applies exactly the field changes the handler confirmed (GDPR Art. 16). */
export function applyRectification(requestId: string, input: ApplyRectificationInput) {
  return api.request(requestUrl(requestId, '/rectification'), {
    method: 'POST',
    body: input,
    schema: applyRectificationResultSchema,
  });
}

export function useApplyRectification(requestId: string) {
  return useRequestWrite(requestId, (input: ApplyRectificationInput) =>
    applyRectification(requestId, input),
  );
}
