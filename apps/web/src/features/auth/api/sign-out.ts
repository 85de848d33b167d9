import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sharedQueryKeys } from '../../../lib/query-keys';
import { authKeys } from './query-keys';

/** POST /api/auth/sign-out: ends the session of this browser. */
export function signOut() {
  return api.request('/api/auth/sign-out', { method: 'POST' });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: sharedQueryKeys.subject });
      queryClient.setQueryData(authKeys.session, null);
    },
  });
}
