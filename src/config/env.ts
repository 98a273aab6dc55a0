import { z } from 'zod'

const EnvSchema = z.object({
  /** `mock` (default): MSW answers in the browser. `http`: a real backend at API_BASE_URL. */
  API_MODE: z.enum(['mock', 'http']).catch('mock'),
  API_BASE_URL: z.string().min(1).catch('/api'),
  /** Abort a request after this many milliseconds. */
  API_TIMEOUT_MS: z.coerce.number().int().positive().catch(10_000),
})
export type Env = z.infer<typeof EnvSchema>

export const env: Env = EnvSchema.parse({
  API_MODE: import.meta.env.VITE_API_MODE ?? 'mock',
  API_BASE_URL: import.meta.env.VITE_API_BASE_URL ?? '/api',
  API_TIMEOUT_MS: import.meta.env.VITE_API_TIMEOUT_MS ?? 10_000,
})
