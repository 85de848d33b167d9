import { setStaffPasswordResponseSchema, type SetStaffPasswordInput } from '@oikeus/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/**
 * POST /api/staff/auth/password-link: sets the password with a one-time link.
 * A new member gets `enrolment_required` and enrols TOTP next.
 */
export function setStaffPassword(input: SetStaffPasswordInput) {
  return api.request('/api/staff/auth/password-link', {
    method: 'POST',
    body: input,
    schema: setStaffPasswordResponseSchema,
  });
}

export function useSetStaffPassword() {
  return useMutation({ mutationFn: setStaffPassword });
}
