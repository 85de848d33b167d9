import { applyRestrictionResultSchema, type ApplyRestrictionInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/restriction: restricts confirmed records on an Art. 18(1) ground. */
export function applyRestriction(requestId: string, input: ApplyRestrictionInput) {
  return api.request(requestUrl(requestId, '/restriction'), {
    method: 'POST',
    body: input,
    schema: applyRestrictionResultSchema,
  });
}

export function useApplyRestriction(requestId: string) {
  return useRequestWrite(requestId, (input: ApplyRestrictionInput) =>
    applyRestriction(requestId, input),
  );
}
