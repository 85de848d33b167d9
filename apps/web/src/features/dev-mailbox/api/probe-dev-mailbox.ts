import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { devMailboxKeys } from './query-keys';

/**
 * GET /api/dev/mailbox?limit=1 only to learn whether it exists (404 unless
 * MAIL_TRANSPORT=local), so links to the mailbox show only where it works.
 * Runs on every page, so it reads no contract and loads no schema.
 */
export async function probeDevMailbox(): Promise<boolean> {
  await api.request('/api/dev/mailbox', { query: { limit: 1 } });
  return true;
}

export function useIsDevMailboxAvailable(): boolean {
  const probe = useQuery({
    queryKey: devMailboxKeys.available,
    queryFn: probeDevMailbox,
    staleTime: Infinity,
    retry: false,
  });
  return probe.data === true;
}
