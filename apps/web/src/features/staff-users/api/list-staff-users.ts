import { staffUserListSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const staffUsersQueryKey = ['console', 'staff-users'] as const;

/** GET /api/staff/users (admin). */
export async function listStaffUsers() {
  const { items } = await api.request('/api/staff/users', { schema: staffUserListSchema });
  return items;
}

export function useStaffUsers() {
  return useQuery({ queryKey: staffUsersQueryKey, queryFn: listStaffUsers });
}
