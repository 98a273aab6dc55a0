import '@/config/zod-config'
import { z } from 'zod/mini'

/** A text the API gives in both languages. */
export const LocalizedTextSchema = z.object({ id: z.string(), en: z.string() })
export type LocalizedText = z.infer<typeof LocalizedTextSchema>

/**
 * A period key: `2024` (year), `2024-S1` (semester), `2024-Q3` (quarter, *triwulan*) or `2024-08`
 * (month). The contract owns the shape; src/domain/periods.ts gives it meaning.
 */
export const PERIOD_KEY_PATTERN = /^(\d{4})(?:-(?:S([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/
export const PeriodKeySchema = z.string().check(z.regex(PERIOD_KEY_PATTERN, 'period key'))

/**
 * Region codes (docs/decisions/0019-region-keys.md). The one home of both patterns:
 * - BPS (undotted): `0000` the nation, 2 digits a province, 4 a kab/kota, 7 a kecamatan;
 * - Kemendagri (dotted): `32.71` a kab/kota, `32.71.03` a kecamatan.
 * A region's canonical `code` is its BPS code where one is known, else its dotted Kemendagri code;
 * every parameter accepts either kind (a dotted code with a BPS twin resolves to the twin).
 */
const REGION_CODE_PATTERN = /^(?:0000|\d{2}|\d{4}|\d{7}|\d{2}\.\d{2}(?:\.\d{2})?)$/

export function isRegionCode(value: string): boolean {
  return REGION_CODE_PATTERN.test(value)
}

export const RegionCodeSchema = z.string().check(z.regex(REGION_CODE_PATTERN, 'region code'))

export const ProvenanceSchema = z.enum(['official', 'synthetic'])
export type Provenance = z.infer<typeof ProvenanceSchema>

/** The error body every endpoint returns with a 4xx or 5xx status. */
export const ApiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
})
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>

/** A comma list in a query string holds at most this many items (regions, codes, indicators). */
export const MAX_LIST_ITEMS = 50

/** When the dataset behind a response was last updated (ISO 8601 with offset). */
export const DataAsOfSchema = z.iso.datetime({ offset: true })
