import { staffUserListSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffUserKeys } from './query-keys';

/** GET /api/staff/users (admin). */
export async function listStaffUsers() {
  const { items } = await api.request('/api/staff/users', { schema: staffUserListSchema });
  return items;
}

export function useStaffUsers() {
  return useQuery({ queryKey: staffUserKeys.list, queryFn: listStaffUsers });
}
