import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sessionQueryKey } from './get-session';

/** POST /api/auth/sign-out-everywhere: ends every session of the account on every device. */
export function signOutEverywhere() {
  return api.request('/api/auth/sign-out-everywhere', { method: 'POST' });
}

export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['requests'] });
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
