import type { ChangeStaffPasswordInput } from '@oikeus/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** POST /api/staff/auth/password: changes one's own password; other sessions end. */
export function changeStaffPassword(input: ChangeStaffPasswordInput) {
  return api.request('/api/staff/auth/password', { method: 'POST', body: input });
}

export function useChangeStaffPassword() {
  return useMutation({ mutationFn: changeStaffPassword });
}
