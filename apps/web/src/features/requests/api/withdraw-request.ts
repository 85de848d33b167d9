import { withdrawRequestResponseSchema, type WithdrawRequestInput } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestKeys } from './query-keys';

/** POST /api/requests/:id/withdraw, with the version the person saw (409 if it changed meanwhile). */
export async function withdrawRequest(requestId: string, input: WithdrawRequestInput) {
  const { request } = await api.request(`/api/requests/${encodeURIComponent(requestId)}/withdraw`, {
    method: 'POST',
    body: input,
    schema: withdrawRequestResponseSchema,
  });
  return request;
}

export function useWithdrawRequest(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WithdrawRequestInput) => withdrawRequest(requestId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requestKeys.all }),
  });
}
