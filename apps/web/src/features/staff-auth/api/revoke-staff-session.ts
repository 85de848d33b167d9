import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffAuthKeys } from './query-keys';

/** POST /api/staff/auth/sessions/:id/revoke: ends one of one's own sessions (another browser). */
export function revokeStaffSession(id: string) {
  return api.request(`/api/staff/auth/sessions/${encodeURIComponent(id)}/revoke`, {
    method: 'POST',
  });
}

export function useRevokeStaffSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeStaffSession,
    onSettled: () => queryClient.invalidateQueries({ queryKey: staffAuthKeys.ownSessions }),
  });
}
