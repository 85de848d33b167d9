import type { SubjectAccount } from '@oikeus/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { authKeys } from './query-keys';

/** GET /api/auth/me: the signed-in subject, or null when nobody is signed in. */
export async function getSession(): Promise<SubjectAccount | null> {
  try {
    // Every page asks who is signed in; the schema (and zod) load alongside the
    // request instead of weighing on the entry.
    const { account } = await api.request('/api/auth/me', {
      schema: import('@oikeus/contracts').then(
        (contracts) => contracts.subjectSessionResponseSchema,
      ),
    });
    return account;
  } catch (error) {
    if (isApiError(error) && error.code === 'UNAUTHENTICATED') return null;
    throw error;
  }
}

export const sessionQueryOptions = queryOptions({
  queryKey: authKeys.session,
  queryFn: getSession,
  staleTime: 60_000,
});

export function useSession() {
  return useQuery(sessionQueryOptions);
}
