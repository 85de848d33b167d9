import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { sessionQueryKeys } from './query-keys';

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A session that ended elsewhere ("sign out everywhere", expiry): let the guards notice.
        const isSessionQuery = sessionQueryKeys.some((key) =>
          key.every((part, i) => query.queryKey[i] === part),
        );
        if (isApiError(error) && error.code === 'UNAUTHENTICATED' && !isSessionQuery) {
          for (const key of sessionQueryKeys) void client.invalidateQueries({ queryKey: key });
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retrying a 4xx cannot help; network blips and 5xx get two more tries.
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
