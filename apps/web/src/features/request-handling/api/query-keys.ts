import { sharedQueryKeys } from '../../../lib/query-keys';

/**
 * Keys of one request in the console. Detail, audit and recipient
 * suggestions live below the request's key, so a write refreshes them
 * together; letter and plan previews do not (a preview asked again after the
 * action is done would only answer that it no longer applies).
 */
export const requestHandlingKeys = {
  detail: (requestId: string) => sharedQueryKeys.staffRequest(requestId),
  audit: (requestId: string) => [...sharedQueryKeys.staffRequest(requestId), 'audit'] as const,
  recipientSuggestions: (requestId: string) =>
    [...sharedQueryKeys.staffRequest(requestId), 'recipient-suggestions'] as const,
  preview: (
    kind: 'completion' | 'erasure' | 'extension' | 'identity-question' | 'refusal',
    requestId: string,
    ...more: (string | null)[]
  ) => [...sharedQueryKeys.staff, 'preview', kind, requestId, ...more] as const,
  registerSearchAll: [...sharedQueryKeys.staff, 'register-search'] as const,
  registerSearch: (query: unknown) => [...sharedQueryKeys.staff, 'register-search', query] as const,
};
