import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './ApiError';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < MAX_RETRIES && (!(error instanceof ApiError) || error.isRetryable),
      },
    },
  });
}
