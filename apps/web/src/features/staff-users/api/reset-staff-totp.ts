import { staffUserSchema } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffUserKeys } from './query-keys';

/** POST /api/staff/users/:id/reset-totp: the user enrols a new authenticator at next sign-in. */
export function resetStaffTotp(id: string) {
  return api.request(`/api/staff/users/${encodeURIComponent(id)}/reset-totp`, {
    method: 'POST',
    schema: staffUserSchema,
  });
}

export function useResetStaffTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetStaffTotp,
    onSettled: () => queryClient.invalidateQueries({ queryKey: staffUserKeys.list }),
  });
}
