import { writeResultSchema, type InformBeforeLiftInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST …/restrictions/:restrictionId/inform: tells the subject before a restriction is lifted (GDPR Art. 18(3)). */
export function informBeforeLift(
  requestId: string,
  restrictionId: string,
  input: InformBeforeLiftInput,
) {
  return api.request(
    requestUrl(requestId, `/restrictions/${encodeURIComponent(restrictionId)}/inform`),
    {
      method: 'POST',
      body: input,
      schema: writeResultSchema,
    },
  );
}

export function useInformBeforeLift(requestId: string) {
  return useRequestWrite(
    requestId,
    ({ restrictionId, ...input }: InformBeforeLiftInput & { restrictionId: string }) =>
      informBeforeLift(requestId, restrictionId, input),
  );
}
