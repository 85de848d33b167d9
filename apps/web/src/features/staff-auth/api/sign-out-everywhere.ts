import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffSessionQueryKey } from './get-staff-session';

/** POST /api/staff/auth/sign-out-everywhere: ends every own console session, this one too. */
export function staffSignOutEverywhere() {
  return api.request('/api/staff/auth/sign-out-everywhere', { method: 'POST' });
}

export function useStaffSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: staffSignOutEverywhere,
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['console'] });
      queryClient.setQueryData(staffSessionQueryKey, null);
    },
  });
}
