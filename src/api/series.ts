import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { getJson } from './client'
import { PeriodKeySchema, ProvenanceSchema, RegionCodeSchema } from './common'

export const SourceSchema = z.object({
  /** Publisher and survey, e.g. "BPS, Sakernas Agustus". */
  name: z.string(),
  url: z.nullable(z.string()),
  note: z.nullable(z.string()),
})
export type Source = z.infer<typeof SourceSchema>

export const ObservationSchema = z
  .object({
    period: PeriodKeySchema,
    value: z.nullable(z.number()),
    grade: z.nullable(z.string()),
    provenance: ProvenanceSchema,
    source: SourceSchema,
    /** When the figure was (or is typically) published, `YYYY-MM-DD`. */
    releaseDate: z.nullable(z.iso.date()),
    provisional: z.boolean(),
  })
  .check(
    z.refine(
      (o) => o.value !== null || o.grade !== null,
      'an observation needs a value or a grade',
    ),
  )
export type Observation = z.infer<typeof ObservationSchema>

export const TargetSchema = z.object({
  year: z.int(),
  /** A point target (lower/higher polarity). */
  value: z.nullable(z.number()),
  /** A band target (inflation 2.5 ± 1 %). */
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  /** A grade target (SAKIP "A", audit opinion "WTP"). */
  grade: z.nullable(z.string()),
  basis: z.enum(['national', 'rpjmd']),
  provenance: ProvenanceSchema,
  source: z.string(),
})
export type Target = z.infer<typeof TargetSchema>

export const SeriesSchema = z.object({
  indicatorId: z.string(),
  regionCode: RegionCodeSchema,
  observations: z.array(ObservationSchema),
  targets: z.array(TargetSchema),
})
export type Series = z.infer<typeof SeriesSchema>

export const SeriesResponseSchema = z.object({
  series: z.array(SeriesSchema),
  /** When the dataset behind the response was last updated (ISO 8601). */
  dataAsOf: z.iso.datetime({ offset: true }),
})
export type SeriesResponse = z.infer<typeof SeriesResponseSchema>

export type SeriesFilters = {
  /** Either explicit regions … */
  regions?: ReadonlyArray<string>
  /** … or the children of one region. */
  parent?: string
  indicators?: ReadonlyArray<string>
  from?: string
  to?: string
}

/** GET /series — observations and yearly targets per indicator × region. */
export function fetchSeries(filters: SeriesFilters, signal?: AbortSignal): Promise<SeriesResponse> {
  const params = new URLSearchParams()
  if (filters.regions?.length) params.set('regions', filters.regions.join(','))
  if (filters.parent) params.set('parent', filters.parent)
  if (filters.indicators?.length) params.set('indicators', filters.indicators.join(','))
  if (filters.from) params.set('from', filters.from)
  if (filters.to) params.set('to', filters.to)
  return getJson(`/series?${params.toString()}`, SeriesResponseSchema, { signal })
}

export const seriesQueries = {
  all: () => ['series'] as const,
  list: (filters: SeriesFilters) =>
    queryOptions({
      queryKey: [...seriesQueries.all(), 'list', filters],
      queryFn: ({ signal }) => fetchSeries(filters, signal),
      placeholderData: keepPreviousData,
    }),
}
