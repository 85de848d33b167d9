import { writeResultSchema, type LiftRestrictionInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST …/restrictions/:restrictionId/lift: only after the subject has been told (GDPR Art. 18(3)). */
export function liftRestriction(
  requestId: string,
  restrictionId: string,
  input: LiftRestrictionInput,
) {
  return api.request(
    requestUrl(requestId, `/restrictions/${encodeURIComponent(restrictionId)}/lift`),
    {
      method: 'POST',
      body: input,
      schema: writeResultSchema,
    },
  );
}

export function useLiftRestriction(requestId: string) {
  return useRequestWrite(
    requestId,
    ({ restrictionId, ...input }: LiftRestrictionInput & { restrictionId: string }) =>
      liftRestriction(requestId, restrictionId, input),
  );
}
