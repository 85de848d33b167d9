import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffAuthKeys } from './query-keys';
import { sharedQueryKeys } from '../../../lib/query-keys';

/** POST /api/staff/auth/logout: clears the staff session cookie. */
export function staffLogout() {
  return api.request('/api/staff/auth/logout', { method: 'POST' });
}

export function useStaffLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: staffLogout,
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: sharedQueryKeys.staff });
      queryClient.setQueryData(staffAuthKeys.session, null);
    },
  });
}
