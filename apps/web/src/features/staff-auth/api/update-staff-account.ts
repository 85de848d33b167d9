import { staffAccountSchema, type UpdateStaffAccountInput } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffAuthKeys } from './query-keys';

/** PATCH /api/staff/auth/account: own name, mail language or mail preferences. */
export function updateStaffAccount(input: UpdateStaffAccountInput) {
  return api.request('/api/staff/auth/account', {
    method: 'PATCH',
    body: input,
    schema: staffAccountSchema,
  });
}

export function useUpdateStaffAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateStaffAccount,
    onSuccess: (account) => {
      queryClient.setQueryData(staffAuthKeys.ownAccount, account);
      // The name in the console's header comes from the session.
      void queryClient.invalidateQueries({ queryKey: staffAuthKeys.session });
    },
  });
}
