import { rectificationPreviewSchema, type RectificationPreviewInput } from '@oikeus/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestUrl } from './use-request-write';

/** POST …/rectification/preview: field-by-field diff of the confirmed records; changes nothing. */
export function previewRectification(requestId: string, input: RectificationPreviewInput) {
  return api.request(requestUrl(requestId, '/rectification/preview'), {
    method: 'POST',
    body: input,
    schema: rectificationPreviewSchema,
  });
}

export function usePreviewRectification(requestId: string) {
  return useMutation({
    mutationFn: (input: RectificationPreviewInput) => previewRectification(requestId, input),
  });
}
