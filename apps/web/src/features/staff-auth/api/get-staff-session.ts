import { staffSessionSchema, type StaffSession } from '@oikeus/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { staffAuthKeys } from './query-keys';

/** GET /api/staff/auth/session: the signed-in staff user, or null when nobody is. */
export async function getStaffSession(): Promise<StaffSession | null> {
  try {
    return await api.request('/api/staff/auth/session', { schema: staffSessionSchema });
  } catch (error) {
    if (isApiError(error) && error.code === 'UNAUTHENTICATED') return null;
    throw error;
  }
}

export const staffSessionQueryOptions = queryOptions({
  queryKey: staffAuthKeys.session,
  queryFn: getStaffSession,
  staleTime: 60_000,
});

export function useStaffSession() {
  return useQuery(staffSessionQueryOptions);
}
