import { submitRequestResponseSchema, type SubmitRequestInput } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestKeys } from './query-keys';

/** POST /api/requests: submits a rights request; the answer carries the reference and deadline. */
export async function submitRequest(input: SubmitRequestInput) {
  const { request } = await api.request('/api/requests', {
    method: 'POST',
    body: input,
    schema: submitRequestResponseSchema,
  });
  return request;
}

export function useSubmitRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requestKeys.list() }),
  });
}
