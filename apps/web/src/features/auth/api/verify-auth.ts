import { subjectSessionResponseSchema, type VerifyAuthInput } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sharedQueryKeys } from '../../../lib/query-keys';
import { authKeys } from './query-keys';

/** POST /api/auth/verify: the emailed code (with the email) or link token becomes a session. */
export function verifyAuth(input: VerifyAuthInput) {
  return api.request('/api/auth/verify', {
    method: 'POST',
    body: input,
    schema: subjectSessionResponseSchema,
  });
}

export function useVerifyAuth() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyAuth,
    onSuccess: ({ account }) => {
      // Whatever was cached belonged to nobody or to someone else.
      queryClient.removeQueries({ queryKey: sharedQueryKeys.subject });
      queryClient.setQueryData(authKeys.session, account);
    },
  });
}
