import type { z } from 'zod/mini'
import { env } from '@/config/env'
import { ApiError } from './api-error'

type GetJsonOptions = { signal?: AbortSignal | undefined; timeoutMs?: number }

let gate: Promise<unknown> | null = null

/**
 * Requests wait until `ready` settles (either way): the demo starts its mock API beside the app's
 * first chunks and the page's own (src/main.tsx), and no request may leave before the mock answers
 * it. Null lifts the hold.
 */
export function holdRequestsUntil(ready: Promise<unknown> | null): void {
  gate = ready?.catch(() => undefined) ?? null
}

/**
 * The only `fetch` in the app: GET `path` under the configured base URL, abort after the timeout,
 * and parse the body with `schema`. Throws {@link ApiError} for every kind of failure.
 */
export async function getJson<T>(
  path: string,
  schema: z.ZodMiniType<T>,
  { signal, timeoutMs = env.API_TIMEOUT_MS }: GetJsonOptions = {},
): Promise<T> {
  if (gate) await gate
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(`${env.API_BASE_URL}${path}`, {
      signal: combined,
      headers: { Accept: 'application/json' },
    })
  } catch (error) {
    if (timeout.aborted) throw new ApiError('timeout', path, `Timed out after ${timeoutMs} ms`)
    if (signal?.aborted) throw error
    throw new ApiError('network', path, error instanceof Error ? error.message : 'Network error')
  }
  if (!response.ok) {
    throw new ApiError('http', path, `HTTP ${response.status}`, response.status)
  }
  let body: unknown
  try {
    body = await response.json()
  } catch {
    throw new ApiError('invalid', path, 'Response is not JSON', response.status)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    // For developers: which fields broke the contract. Users see "data tidak valid".
    console.warn(`[kinerja] invalid payload from ${path}`, parsed.error.issues)
    throw new ApiError('invalid', path, 'Invalid payload', response.status)
  }
  return parsed.data
}
