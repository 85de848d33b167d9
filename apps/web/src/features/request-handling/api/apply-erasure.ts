import { applyErasureResultSchema, type ApplyErasureInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/erasure: erases confirmed records; vouchers under retention are kept and restricted (GDPR Art. 17(3)(b)). */
export function applyErasure(requestId: string, input: ApplyErasureInput) {
  return api.request(requestUrl(requestId, '/erasure'), {
    method: 'POST',
    body: input,
    schema: applyErasureResultSchema,
  });
}

export function useApplyErasure(requestId: string) {
  return useRequestWrite(requestId, (input: ApplyErasureInput) => applyErasure(requestId, input));
}
