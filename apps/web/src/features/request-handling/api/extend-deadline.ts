import { writeResultSchema, type ExtendDeadlineInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/extension: extends once by two months with reasons sent to the subject (GDPR Art. 12(3)). */
export function extendDeadline(requestId: string, input: ExtendDeadlineInput) {
  return api.request(requestUrl(requestId, '/extension'), {
    method: 'POST',
    body: input,
    schema: writeResultSchema,
  });
}

export function useExtendDeadline(requestId: string) {
  return useRequestWrite(requestId, (input: ExtendDeadlineInput) =>
    extendDeadline(requestId, input),
  );
}
