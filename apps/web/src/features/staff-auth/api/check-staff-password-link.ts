import { staffPasswordLinkSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffAuthKeys } from './query-keys';

/** POST /api/staff/auth/password-link/check: whether the link still works and what it needs. */
export function checkStaffPasswordLink(token: string) {
  return api.request('/api/staff/auth/password-link/check', {
    method: 'POST',
    body: { token },
    schema: staffPasswordLinkSchema,
  });
}

export function useStaffPasswordLink(token: string) {
  return useQuery({
    queryKey: staffAuthKeys.passwordLink(token),
    queryFn: () => checkStaffPasswordLink(token),
    // An invalid link stays invalid: no retries, no refetch when the window regains focus.
    retry: false,
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}
