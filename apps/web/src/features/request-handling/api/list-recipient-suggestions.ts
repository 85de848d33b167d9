import { recipientSuggestionsSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestUrl } from './use-request-write';
import { requestHandlingKeys } from './query-keys';

/** GET …/recipient-notices/suggestions: recipients named in the register description (GDPR Art. 19). */
export function listRecipientSuggestions(requestId: string) {
  return api.request(requestUrl(requestId, '/recipient-notices/suggestions'), {
    schema: recipientSuggestionsSchema,
  });
}

export function useRecipientSuggestions(requestId: string) {
  return useQuery({
    queryKey: requestHandlingKeys.recipientSuggestions(requestId),
    queryFn: () => listRecipientSuggestions(requestId),
    staleTime: 10 * 60_000,
  });
}
