import { writeResultSchema, type SendSubjectMessageInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/messages: a message the subject reads in the portal. */
export function sendSubjectMessage(requestId: string, input: SendSubjectMessageInput) {
  return api.request(requestUrl(requestId, '/messages'), {
    method: 'POST',
    body: input,
    schema: writeResultSchema,
  });
}

export function useSendSubjectMessage(requestId: string) {
  return useRequestWrite(requestId, (input: SendSubjectMessageInput) =>
    sendSubjectMessage(requestId, input),
  );
}
