import { staffUserSchema, type UpdateStaffUserInput } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffUserKeys } from './query-keys';

/** PATCH /api/staff/users/:id: role change or deactivation (which ends every session). */
export function updateStaffUser(id: string, input: UpdateStaffUserInput) {
  return api.request(`/api/staff/users/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
    schema: staffUserSchema,
  });
}

export function useUpdateStaffUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateStaffUserInput & { id: string }) =>
      updateStaffUser(id, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: staffUserKeys.list }),
  });
}
