import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sharedQueryKeys } from '../../../lib/query-keys';
import { authKeys } from './query-keys';

/** POST /api/auth/sign-out-everywhere: ends every session of the account on every device. */
export function signOutEverywhere() {
  return api.request('/api/auth/sign-out-everywhere', { method: 'POST' });
}

export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: sharedQueryKeys.subject });
      queryClient.setQueryData(authKeys.session, null);
    },
  });
}
