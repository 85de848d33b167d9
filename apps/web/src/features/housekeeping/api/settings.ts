import { consoleSettingsSchema, type UpdateConsoleSettingsInput } from '@oikeus/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { housekeepingKeys } from './query-keys';

/** GET /api/console/settings (admin). */
export function useConsoleSettings() {
  return useQuery({
    queryKey: housekeepingKeys.settings,
    queryFn: () => api.request('/api/console/settings', { schema: consoleSettingsSchema }),
  });
}

/** PUT /api/console/settings (admin; audited). */
export function useUpdateConsoleSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateConsoleSettingsInput) =>
      api.request('/api/console/settings', {
        method: 'PUT',
        body: input,
        schema: consoleSettingsSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: housekeepingKeys.settings }),
  });
}
