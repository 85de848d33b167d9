import type { ForgotStaffPasswordInput } from '@oikeus/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** POST /api/staff/auth/forgot-password: the same answer whether or not the address is a member's. */
export function forgotStaffPassword(input: ForgotStaffPasswordInput) {
  return api.request('/api/staff/auth/forgot-password', { method: 'POST', body: input });
}

export function useForgotStaffPassword() {
  return useMutation({ mutationFn: forgotStaffPassword });
}
