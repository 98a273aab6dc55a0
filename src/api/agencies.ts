import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { getJson } from './client'
import { DataAsOfSchema, LocalizedTextSchema, ProvenanceSchema, RegionCodeSchema } from './common'

/** SAKIP predicates, ordered worst → best (PermenPANRB 88/2021). */
const SAKIP_PREDICATES = ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'] as const

/** An agency id: the region code and a slug, e.g. `3271-dinkes`. Also the `agency` URL value. */
export const AGENCY_ID_PATTERN = /^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/
export const AgencyIdSchema = z
  .string()
  .check(z.maxLength(80), z.regex(AGENCY_ID_PATTERN, 'agency id'))

/** The kinds of agency (perangkat daerah), as agencies.csv names them: the one list. */
const AGENCY_CATEGORIES = [
  'sekretariat',
  'inspektorat',
  'badan',
  'dinas',
  'satpol',
  'kecamatan',
] as const
const AgencyCategorySchema = z.enum(AGENCY_CATEGORIES)
export type AgencyCategory = z.infer<typeof AgencyCategorySchema>

export function isAgencyCategory(value: string): value is AgencyCategory {
  return (AGENCY_CATEGORIES as ReadonlyArray<string>).includes(value)
}

const component = (max: number) => z.number().check(z.minimum(0), z.maximum(max))

/** The four components of PermenPANRB 88/2021 (maxima 30, 30, 15, 25). */
const SakipComponentsSchema = z.object({
  planning: component(30),
  measurement: component(30),
  reporting: component(15),
  internalEvaluation: component(25),
})
export type SakipComponents = z.infer<typeof SakipComponentsSchema>

/** One year's SAKIP evaluation of an agency (the city's internal evaluation of its OPD). */
const SakipEvaluationSchema = z.object({
  /** The year whose performance was evaluated. */
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  score: z.number().check(z.minimum(0), z.maximum(100)),
  predicate: z.enum(SAKIP_PREDICATES),
  framework: z.enum(['permenpanrb-12-2015', 'permenpanrb-88-2021']),
  /** Null for evaluations under PermenPANRB 12/2015 (component weights not published here). */
  components: z.nullable(SakipComponentsSchema),
  provenance: ProvenanceSchema,
})
export type SakipEvaluation = z.infer<typeof SakipEvaluationSchema>

const AgencySchema = z.object({
  id: AgencyIdSchema,
  regionCode: RegionCodeSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Common-usage abbreviation (Dinkes, DPMPTSP), when one is in use. */
  abbreviation: z.nullable(z.string()),
  category: AgencyCategorySchema,
  /** Where the agency's name comes from, as a reader is told it. */
  source: LocalizedTextSchema,
  /** Evaluations, oldest first; a year with no evaluation is absent. */
  sakip: z.array(SakipEvaluationSchema),
})
export type Agency = z.infer<typeof AgencySchema>

export const AgenciesResponseSchema = z.object({
  regionCode: RegionCodeSchema,
  /** Every evaluation year of the dataset, oldest first (also years where an agency has none). */
  years: z.array(z.int()),
  agencies: z.array(AgencySchema),
  dataAsOf: DataAsOfSchema,
})
export type AgenciesResponse = z.infer<typeof AgenciesResponseSchema>

/** An agency's key performance indicator (IKU) with its yearly target and realisation. */
const IkuSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: LocalizedTextSchema,
  unit: z.enum(['percent', 'days', 'count', 'index', 'rupiah-billion']),
  polarity: z.enum(['higher', 'lower']),
  decimals: z.int().check(z.minimum(0), z.maximum(3)),
  values: z.array(
    z.object({
      year: z.int(),
      target: z.number(),
      /** Null until the year's realisation is reported. */
      realisation: z.nullable(z.number()),
    }),
  ),
  provenance: ProvenanceSchema,
})
export type Iku = z.infer<typeof IkuSchema>

export const AgencyDetailResponseSchema = z.object({
  agency: AgencySchema,
  iku: z.array(IkuSchema),
  /** Catalogue indicators (GET /indicators) this agency owns. */
  indicatorIds: z.array(z.string()),
  dataAsOf: DataAsOfSchema,
})
export type AgencyDetailResponse = z.infer<typeof AgencyDetailResponseSchema>

/** GET /agencies?region= — a city's agencies with their SAKIP evaluations. */
export function fetchAgencies(region: string, signal?: AbortSignal): Promise<AgenciesResponse> {
  const params = new URLSearchParams({ region })
  return getJson(`/agencies?${params.toString()}`, AgenciesResponseSchema, { signal })
}

/** GET /agencies/:id — one agency with its key indicators (404 for an unknown id). */
export function fetchAgency(id: string, signal?: AbortSignal): Promise<AgencyDetailResponse> {
  return getJson(`/agencies/${encodeURIComponent(id)}`, AgencyDetailResponseSchema, { signal })
}

export const agencyQueries = {
  all: () => ['agencies'] as const,
  list: (region: string) =>
    queryOptions({
      queryKey: [...agencyQueries.all(), 'list', region],
      queryFn: ({ signal }) => fetchAgencies(region, signal),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...agencyQueries.all(), 'detail', id],
      queryFn: ({ signal }) => fetchAgency(id, signal),
    }),
}
