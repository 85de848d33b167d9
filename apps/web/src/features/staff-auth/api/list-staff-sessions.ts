import { staffAuthKeys } from './query-keys';
import { staffSessionListSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** GET /api/staff/auth/sessions: one's own live console sessions. */
export function listStaffSessions() {
  return api.request('/api/staff/auth/sessions', { schema: staffSessionListSchema });
}

export function useStaffSessions() {
  return useQuery({ queryKey: staffAuthKeys.ownSessions, queryFn: listStaffSessions });
}
