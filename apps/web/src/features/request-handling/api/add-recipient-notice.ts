import { writeResultSchema, type AddRecipientNoticeInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/recipient-notices: records that a recipient was told of the change (GDPR Art. 19). */
export function addRecipientNotice(requestId: string, input: AddRecipientNoticeInput) {
  return api.request(requestUrl(requestId, '/recipient-notices'), {
    method: 'POST',
    body: input,
    schema: writeResultSchema,
  });
}

export function useAddRecipientNotice(requestId: string) {
  return useRequestWrite(requestId, (input: AddRecipientNoticeInput) =>
    addRecipientNotice(requestId, input),
  );
}
