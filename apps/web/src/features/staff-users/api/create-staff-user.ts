import { staffUserSchema, type CreateStaffUserInput } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffUserKeys } from './query-keys';

/** POST /api/staff/users: a new user with a temporary password; TOTP enrolment follows at first sign-in. */
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
