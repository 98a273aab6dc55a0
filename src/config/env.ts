import './zod-config'
import { z } from 'zod/mini'

const EnvSchema = z.object({
  /** `mock` (default): MSW answers in the browser. `http`: a real backend at API_BASE_URL. */
  API_MODE: z.catch(z.enum(['mock', 'http']), 'mock'),
  API_BASE_URL: z.catch(z.string().check(z.minLength(1)), '/api'),
  /** Abort a request after this many milliseconds. */
  API_TIMEOUT_MS: z.catch(z.pipe(z.coerce.number(), z.int().check(z.positive())), 10_000),
})
export type Env = z.infer<typeof EnvSchema>

/**
 * In the demo (mock mode) `?timeout=ms` shortens the request timeout, so fault scenarios such as
 * `?scenario=series:hang` can be rehearsed without waiting. A live build ignores it.
 */
function demoTimeout(): string | null {
  if (import.meta.env.VITE_API_MODE === 'http' || typeof window === 'undefined') return null
  return new URLSearchParams(window.location.search).get('timeout')
}

export const env: Env = EnvSchema.parse({
  API_MODE: import.meta.env.VITE_API_MODE ?? 'mock',
  API_BASE_URL: import.meta.env.VITE_API_BASE_URL ?? '/api',
  API_TIMEOUT_MS: demoTimeout() ?? import.meta.env.VITE_API_TIMEOUT_MS ?? 10_000,
})
