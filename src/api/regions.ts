import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { getJson } from './client'
import { RegionCodeSchema } from './common'

export const RegionLevelSchema = z.enum([
  'national',
  'province',
  'city',
  'regency',
  'admin_city',
  'admin_regency',
  'district',
])
export type RegionLevel = z.infer<typeof RegionLevelSchema>

export const RegionSchema = z.object({
  code: RegionCodeSchema,
  /** Kemendagri code (e.g. `32.71`); differs from the BPS code inside DKI Jakarta. */
  kemendagriCode: z.nullable(z.string()),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  level: RegionLevelSchema,
  parentCode: z.nullable(RegionCodeSchema),
})
export type Region = z.infer<typeof RegionSchema>

export const RegionsResponseSchema = z.object({ regions: z.array(RegionSchema) })
export type RegionsResponse = z.infer<typeof RegionsResponseSchema>

/** GET /regions — the whole hierarchy down to kecamatan. */
export function fetchRegions(signal?: AbortSignal): Promise<RegionsResponse> {
  return getJson('/regions', RegionsResponseSchema, { signal })
}

export const regionQueries = {
  all: () => ['regions'] as const,
  list: () =>
    queryOptions({
      queryKey: [...regionQueries.all(), 'list'],
      queryFn: ({ signal }) => fetchRegions(signal),
      staleTime: Infinity,
    }),
}
