import { restrictionPreviewSchema, type Art18Ground } from '@oikeus/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestUrl } from './use-request-write';

/** POST …/restriction/preview: the records a restriction would cover; changes nothing. */
export function previewRestriction(requestId: string, ground: Art18Ground) {
  return api.request(requestUrl(requestId, '/restriction/preview'), {
    method: 'POST',
    body: { ground },
    schema: restrictionPreviewSchema,
  });
}

export function usePreviewRestriction(requestId: string) {
  return useMutation({
    mutationFn: (ground: Art18Ground) => previewRestriction(requestId, ground),
  });
}
