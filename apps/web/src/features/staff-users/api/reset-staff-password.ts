import { staffUserSchema } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffUserKeys } from './query-keys';

/**
 * POST /api/staff/users/:id/reset-password: the member's password and sessions
 * end and a one-time link to set a new one is mailed (an invitation again for
 * someone who never accepted theirs).
 */
export function resetStaffPassword(id: string) {
  return api.request(`/api/staff/users/${encodeURIComponent(id)}/reset-password`, {
    method: 'POST',
    schema: staffUserSchema,
  });
}

export function useResetStaffPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetStaffPassword,
    onSettled: () => queryClient.invalidateQueries({ queryKey: staffUserKeys.list }),
  });
}
