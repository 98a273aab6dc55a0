import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { getJson } from './client'
import {
  DataAsOfSchema,
  LocalizedTextSchema,
  MAX_LIST_ITEMS,
  PeriodKeySchema,
  ProvenanceSchema,
  RegionCodeSchema,
} from './common'

/** Who published an official figure: the publisher and the publication ("BPS", "Sakernas Agustus 2023"). */
const SourceSchema = z.object({
  publisher: z.string().check(z.minLength(1)),
  publication: z.string().check(z.minLength(1)),
})
export type Source = z.infer<typeof SourceSchema>

export const CITATION_KINDS = ['publisher', 'government', 'news', 'other'] as const
export type CitationKind = (typeof CITATION_KINDS)[number]
const CITATION_CAVEATS = ['inferred', 'conflict', 'caution'] as const

/**
 * Where an official figure was read: most were read in news articles quoting the publisher
 * (shared/data/README.md), a few on the publisher's own site. Shown apart from the source, with a
 * link that says what it opens.
 */
const CitationSchema = z.object({
  /** The outlet or site: "ANTARA", "Databoks (Katadata)", "BPS Provinsi Gorontalo", "skornews.co". */
  outlet: z.string().check(z.minLength(1)),
  kind: z.enum(CITATION_KINDS),
  /** The address read; null when none was recorded. */
  url: z.nullable(z.string()),
  /** Only the site or a section was recorded, not the article's own address. */
  partialUrl: z.boolean(),
  /** The article's title where the address or the note gives it. */
  title: z.nullable(z.string()),
  /** inferred: worked out from the text (e.g. "the 7th WTP in a row"); conflict/caution: sources disagree. */
  caveat: z.nullable(z.enum(CITATION_CAVEATS)),
  /** The researcher's note as recorded (English), for exports and the table twin. */
  note: z.nullable(z.string()),
})
export type Citation = z.infer<typeof CitationSchema>

const ObservationSchema = z
  .object({
    period: PeriodKeySchema,
    value: z.nullable(z.number()),
    grade: z.nullable(z.string()),
    provenance: ProvenanceSchema,
    /** Official figures: who published it. Null for synthetic values. */
    source: z.nullable(SourceSchema),
    /** Official figures: where it was read. Null for synthetic values, or when not recorded. */
    citation: z.nullable(CitationSchema),
    /** Synthetic values: how the value was made. Null for official figures. */
    method: z.nullable(LocalizedTextSchema),
    /** When the figure was (or is typically) published, `YYYY-MM-DD`. */
    releaseDate: z.nullable(z.iso.date()),
    /** A value that may still change (a quarter not yet over). */
    provisional: z.boolean(),
  })
  .check(
    z.refine(
      (o) => o.value !== null || o.grade !== null,
      'an observation needs a value or a grade',
    ),
    z.refine(
      (o) => (o.provenance === 'official' ? o.source !== null : o.method !== null),
      'an official figure names its source; a synthetic value says how it was made',
    ),
  )
export type Observation = z.infer<typeof ObservationSchema>

const TARGET_BASES = ['national', 'rpjmd', 'rkpd'] as const
export type TargetBasis = (typeof TARGET_BASES)[number]

const TargetSchema = z.object({
  year: z.int(),
  /** A point target (lower/higher polarity). */
  value: z.nullable(z.number()),
  /** A band target (inflation 2.5 ± 1 %). */
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  /** A grade target (SAKIP "A", audit opinion "WTP"). */
  grade: z.nullable(z.string()),
  /** The plan that sets it: the nation's, the region's five-year plan (RPJMD) or its yearly plan (RKPD). */
  basis: z.enum(TARGET_BASES),
  provenance: ProvenanceSchema,
  /** The regulation or plan the target is taken from. */
  source: LocalizedTextSchema,
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
  dataAsOf: DataAsOfSchema,
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
  if (filters.regions?.length)
    params.set('regions', filters.regions.slice(0, MAX_LIST_ITEMS).join(','))
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
