import '@/config/zod-config'
import { z } from 'zod/mini'
import { PERIOD_KEY_PATTERN } from '@/domain/periods'

/** A text the API gives in both languages. */
export const LocalizedTextSchema = z.object({ id: z.string(), en: z.string() })
export type LocalizedText = z.infer<typeof LocalizedTextSchema>

export const PeriodKeySchema = z.string().check(z.regex(PERIOD_KEY_PATTERN, 'period key'))

/** BPS region code: `0000` for the nation, 2 digits for a province, 4 for a kab/kota, 7 for a kecamatan. */
export const RegionCodeSchema = z
  .string()
  .check(z.regex(/^(0000|\d{2}|\d{4}|\d{7})$/, 'BPS region code'))

export const ProvenanceSchema = z.enum(['official', 'synthetic'])
export type Provenance = z.infer<typeof ProvenanceSchema>

/** The error body every endpoint returns with a 4xx or 5xx status. */
export const ApiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
})
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>
