import { outboxStatusSchema } from '@oikeus/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api-client';
import { housekeepingKeys } from './query-keys';

/** GET /api/console/outbox (admin): mail waiting, delayed and given up on. */
export function useOutboxStatus() {
  return useQuery({
    queryKey: housekeepingKeys.outbox,
    queryFn: () => api.request('/api/console/outbox', { schema: outboxStatusSchema }),
  });
}

/** POST /api/console/outbox/:id/retry (admin): the message goes back in the queue. */
export function useRetryFailedMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.request(`/api/console/outbox/${encodeURIComponent(id)}/retry`, {
        method: 'POST',
        schema: z.object({ ok: z.literal(true) }),
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: housekeepingKeys.outbox }),
  });
}
