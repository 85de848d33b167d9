import { objectionPreviewSchema, type MarketingChannel } from '@oikeus/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestUrl } from './use-request-write';

/** POST …/objection/preview: the permissions that would become prohibitions; changes nothing. */
export function previewObjection(requestId: string, channels: MarketingChannel[] | undefined) {
  return api.request(requestUrl(requestId, '/objection/preview'), {
    method: 'POST',
    body: channels ? { channels } : {},
    schema: objectionPreviewSchema,
  });
}

export function usePreviewObjection(requestId: string) {
  return useMutation({
    mutationFn: (channels: MarketingChannel[] | undefined) => previewObjection(requestId, channels),
  });
}
