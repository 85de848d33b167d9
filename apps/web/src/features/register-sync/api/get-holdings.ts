import { holdingsSchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { registerSyncKeys } from './query-keys';

/** GET /api/console/holdings: counts per register and record type, the last import and sync per source. */
export function getHoldings() {
  return api.request('/api/console/holdings', { schema: holdingsSchema });
}

export function useHoldings() {
  return useQuery({ queryKey: registerSyncKeys.holdings, queryFn: getHoldings });
}
