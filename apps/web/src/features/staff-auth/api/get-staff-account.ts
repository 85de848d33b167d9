import { staffAccountSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffAuthKeys } from './query-keys';

/** GET /api/staff/auth/account: own name, mail language and which staff mails one gets. */
export function getStaffAccount() {
  return api.request('/api/staff/auth/account', { schema: staffAccountSchema });
}

export function useStaffAccount() {
  return useQuery({ queryKey: staffAuthKeys.ownAccount, queryFn: getStaffAccount });
}
