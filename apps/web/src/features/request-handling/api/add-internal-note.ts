import { writeResultSchema, type AddInternalNoteInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/** POST /api/console/requests/:id/notes: an internal note, never shown to the subject. */
export function addInternalNote(requestId: string, input: AddInternalNoteInput) {
  return api.request(requestUrl(requestId, '/notes'), {
    method: 'POST',
    body: input,
    schema: writeResultSchema,
  });
}

export function useAddInternalNote(requestId: string) {
  return useRequestWrite(requestId, (input: AddInternalNoteInput) =>
    addInternalNote(requestId, input),
  );
}
