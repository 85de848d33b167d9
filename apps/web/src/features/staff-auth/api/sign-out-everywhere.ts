import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sharedQueryKeys } from '../../../lib/query-keys';
import { staffAuthKeys } from './query-keys';

/** POST /api/staff/auth/sign-out-everywhere: ends every own console session, this one too. */
export function staffSignOutEverywhere() {
  return api.request('/api/staff/auth/sign-out-everywhere', { method: 'POST' });
}

export function useStaffSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: staffSignOutEverywhere,
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: sharedQueryKeys.staff });
      queryClient.setQueryData(staffAuthKeys.session, null);
    },
  });
}
