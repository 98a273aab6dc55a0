import { QueryClient, type DefaultOptions } from '@tanstack/react-query'
import { isApiError } from '@/api/api-error'

const MAX_RETRIES = 2

/** Retry network faults, timeouts and 5xx with backoff; never 4xx or invalid payloads. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isApiError(error) && error.isRetryable
}

const queryDefaults: DefaultOptions = {
  queries: {
    retry: shouldRetry,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    // A route's loader asks first (src/app/app.tsx). A failure it met is the page's failure: the
    // page shows it with its retry button instead of silently asking again as it mounts.
    retryOnMount: false,
  },
}

export function createQueryClient(overrides: DefaultOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { ...queryDefaults.queries, ...overrides.queries },
      mutations: { ...queryDefaults.mutations, ...overrides.mutations },
    },
  })
}
