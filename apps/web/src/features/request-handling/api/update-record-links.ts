import { writeResultSchema, type UpdateRecordLinksInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/records: confirms or unconfirms register records as the subject's. */
export function updateRecordLinks(requestId: string, input: UpdateRecordLinksInput) {
  return api.request(requestUrl(requestId, '/records'), {
    method: 'POST',
    body: input,
    schema: writeResultSchema,
  });
}

export function useUpdateRecordLinks(requestId: string) {
  return useRequestWrite(requestId, (input: UpdateRecordLinksInput) =>
    updateRecordLinks(requestId, input),
  );
}
