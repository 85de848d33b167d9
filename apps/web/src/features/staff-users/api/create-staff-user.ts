import { staffUserSchema, type CreateStaffUserInput } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffUserKeys } from './query-keys';

/** POST /api/staff/users: invites a member; the mail carries a 72-hour link to set a password. */
export function createStaffUser(input: CreateStaffUserInput) {
  return api.request('/api/staff/users', { method: 'POST', body: input, schema: staffUserSchema });
}

export function useCreateStaffUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createStaffUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffUserKeys.list }),
  });
}
