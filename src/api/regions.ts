import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { getJson } from './client'
import { MAX_LIST_ITEMS, RegionCodeSchema } from './common'

const RegionLevelSchema = z.enum([
  'national',
  'province',
  'city',
  'regency',
  'admin_city',
  'admin_regency',
  'district',
])
export type RegionLevel = z.infer<typeof RegionLevelSchema>

/** A region as named inside another answer (an ancestor). */
const RegionRefSchema = z.object({
  code: RegionCodeSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  level: RegionLevelSchema,
})
export type RegionRef = z.infer<typeof RegionRefSchema>

export const RegionSchema = z.object({
  /** The canonical code: BPS where known, else Kemendagri, dotted (see api/common.ts). */
  code: RegionCodeSchema,
  /** BPS code (`3171`), null where BPS's code for the region is not known. */
  bpsCode: z.nullable(z.string()),
  /** Kemendagri code (`31.74`); differs from the BPS code inside DKI Jakarta and Papua. Null for the nation. */
  kemendagriCode: z.nullable(z.string()),
  /** The official name without its level for provinces and kecamatan ("Jawa Barat", "Bogor Tengah"); kab/kota names carry it ("Kota Bogor"). */
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  level: RegionLevelSchema,
  parentCode: z.nullable(RegionCodeSchema),
  /** Root first: the nation, the province, … down to the parent. Empty for the nation. */
  ancestors: z.array(RegionRefSchema),
  /** Direct children (kab/kota of a province, kecamatan of a kab/kota). */
  childCount: z.int().check(z.minimum(0)),
})
export type Region = z.infer<typeof RegionSchema>

/** GET /regions?codes= and GET /regions?parent= */
export const RegionsResponseSchema = z.object({
  regions: z.array(RegionSchema),
  /** Codes asked for (`codes=`) that no region has; empty otherwise. */
  unknown: z.array(z.string()),
})
export type RegionsResponse = z.infer<typeof RegionsResponseSchema>

/** GET /regions?q= — best match first. */
export const RegionSearchResponseSchema = z.object({
  query: z.string(),
  regions: z.array(RegionSchema),
  /** How many regions match in all (the answer holds at most `limit`). */
  total: z.int().check(z.minimum(0)),
})
export type RegionSearchResponse = z.infer<typeof RegionSearchResponseSchema>

export const REGION_SEARCH_LIMIT = 20
/** A search shorter than this is not sent (every region matches one letter). */
export const REGION_SEARCH_MIN_LENGTH = 2

/** GET /regions?codes=a,b — the regions with these codes (BPS or Kemendagri), in the order asked. */
export function fetchRegionsByCode(
  codes: ReadonlyArray<string>,
  signal?: AbortSignal,
): Promise<RegionsResponse> {
  const params = new URLSearchParams({ codes: codes.slice(0, MAX_LIST_ITEMS).join(',') })
  return getJson(`/regions?${params.toString()}`, RegionsResponseSchema, { signal })
}

/** GET /regions?parent=CODE — the direct children of a region, by name. */
export function fetchRegionChildren(
  parent: string,
  signal?: AbortSignal,
): Promise<RegionsResponse> {
  const params = new URLSearchParams({ parent })
  return getJson(`/regions?${params.toString()}`, RegionsResponseSchema, { signal })
}

/** GET /regions?q=TEXT&limit=N — regions whose name contains the text, ranked. */
export function searchRegions(
  query: string,
  limit = REGION_SEARCH_LIMIT,
  signal?: AbortSignal,
): Promise<RegionSearchResponse> {
  const params = new URLSearchParams({ q: query, limit: String(limit) })
  return getJson(`/regions?${params.toString()}`, RegionSearchResponseSchema, { signal })
}

export const regionQueries = {
  all: () => ['regions'] as const,
  /** One region with its ancestors (the breadcrumb). */
  detail: (code: string) =>
    queryOptions({
      queryKey: [...regionQueries.all(), 'detail', code],
      queryFn: ({ signal }) => fetchRegionsByCode([code], signal),
      staleTime: Infinity,
    }),
  /** Several regions at once (compare), in the order given. */
  byCodes: (codes: ReadonlyArray<string>) =>
    queryOptions({
      queryKey: [...regionQueries.all(), 'codes', [...codes]],
      queryFn: ({ signal }) => fetchRegionsByCode(codes, signal),
      staleTime: Infinity,
    }),
  children: (parent: string) =>
    queryOptions({
      queryKey: [...regionQueries.all(), 'children', parent],
      queryFn: ({ signal }) => fetchRegionChildren(parent, signal),
      staleTime: Infinity,
    }),
  search: (query: string) =>
    queryOptions({
      queryKey: [...regionQueries.all(), 'search', query],
      queryFn: ({ signal }) => searchRegions(query, REGION_SEARCH_LIMIT, signal),
      staleTime: Infinity,
      enabled: query.trim().length >= REGION_SEARCH_MIN_LENGTH,
    }),
}
