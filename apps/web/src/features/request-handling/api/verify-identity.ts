import { writeResultSchema, type VerifyIdentityInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/verify-identity: records how identity was checked (EDPB 01/2022 §§65, 73–75: a note, never an ID copy); a paused clock resumes. */
export function verifyIdentity(requestId: string, input: VerifyIdentityInput) {
  return api.request(requestUrl(requestId, '/verify-identity'), {
    method: 'POST',
    body: input,
    schema: writeResultSchema,
  });
}

export function useVerifyIdentity(requestId: string) {
  return useRequestWrite(requestId, (input: VerifyIdentityInput) =>
    verifyIdentity(requestId, input),
  );
}
