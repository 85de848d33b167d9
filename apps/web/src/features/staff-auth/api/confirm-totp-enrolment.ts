import {
  confirmTotpEnrolmentResponseSchema,
  type ConfirmTotpEnrolmentInput,
} from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffAuthKeys } from './query-keys';

/** POST /api/staff/auth/enrolment/confirm: the first code proves the app works; returns recovery codes. */
export function confirmTotpEnrolment(input: ConfirmTotpEnrolmentInput) {
  return api.request('/api/staff/auth/enrolment/confirm', {
    method: 'POST',
    body: input,
    schema: confirmTotpEnrolmentResponseSchema,
  });
}

export function useConfirmTotpEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmTotpEnrolment,
    // The session starts now, but the recovery codes must be read before leaving the page.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: staffAuthKeys.session }),
  });
}
