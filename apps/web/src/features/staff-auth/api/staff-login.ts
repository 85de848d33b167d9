import { staffLoginResponseSchema, type StaffLoginInput } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffAuthKeys } from './query-keys';
import { sharedQueryKeys } from '../../../lib/query-keys';

/**
 * POST /api/staff/auth/login: password plus TOTP or a recovery code. A user
 * without TOTP gets `enrolment_required` and must enrol before anything else.
 */
export function staffLogin(input: StaffLoginInput) {
  return api.request('/api/staff/auth/login', {
    method: 'POST',
    body: input,
    schema: staffLoginResponseSchema,
  });
}

export function useStaffLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: staffLogin,
    onSuccess: (result) => {
      if (result.status === 'signed_in') {
        queryClient.removeQueries({ queryKey: sharedQueryKeys.staff });
        void queryClient.invalidateQueries({ queryKey: staffAuthKeys.session });
      }
    },
  });
}
