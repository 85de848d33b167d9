import { startAuthResponseSchema, type StartAuthInput } from '@oikeus/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** POST /api/auth/start: emails a one-time code and link (sign up or sign in). */
export function startAuth(input: StartAuthInput) {
  return api.request('/api/auth/start', {
    method: 'POST',
    body: input,
    schema: startAuthResponseSchema,
  });
}

export function useStartAuth() {
  return useMutation({ mutationFn: startAuth });
}
