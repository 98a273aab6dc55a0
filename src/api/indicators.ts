import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { getJson } from './client'
import { DataAsOfSchema, LocalizedTextSchema, PeriodKeySchema } from './common'

const PolaritySchema = z.enum(['lower', 'higher', 'band'])

const FrequencySchema = z.enum(['month', 'quarter', 'semester', 'year'])

export const IndicatorSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: LocalizedTextSchema,
  shortName: LocalizedTextSchema,
  definition: LocalizedTextSchema,
  unit: z.enum(['percent', 'score', 'grade']),
  /** `grade` indicators carry an ordinal grade (SAKIP predicate, audit opinion); others a number. */
  valueType: z.enum(['number', 'grade']),
  polarity: PolaritySchema,
  frequency: FrequencySchema,
  /**
   * The survey round a yearly figure reports, as a month: poverty's kab/kota P0 keyed `2023` is
   * Susenas March 2023, the same round as a province's `2023-03`, so the two rank and compare
   * together. Absent (or null) when a yearly figure is the whole year's.
   */
  yearRound: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(12)))),
  decimals: z.int().check(z.minimum(0), z.maximum(3)),
  /** Ordered worst → best; null for numeric indicators. */
  gradeScale: z.nullable(z.array(z.string())),
  source: LocalizedTextSchema,
  ownerAgency: z.string(),
  missionGroup: z.enum(['cerdas', 'sehat', 'sejahtera', 'tata-kelola']),
  seriesBreaks: z.array(z.object({ period: PeriodKeySchema, label: LocalizedTextSchema })),
  /**
   * The publisher's usual calendar: how many days after a period ends its figure is published,
   * per kind of period key the indicator uses (TPT's August round `2023-08` is out ~67 days after
   * August ends). With it a reading says how many expected releases it is behind.
   */
  release: z.object({
    lagDays: z.object({
      year: z.nullable(z.int()),
      semester: z.nullable(z.int()),
      quarter: z.nullable(z.int()),
      month: z.nullable(z.int()),
    }),
    /** The calendar in words ("BRS awal November untuk Sakernas Agustus"). */
    note: LocalizedTextSchema,
  }),
})
export type Indicator = z.infer<typeof IndicatorSchema>

export const IndicatorsResponseSchema = z.object({
  indicators: z.array(IndicatorSchema),
  /** The dataset's time: "today" for every age, status and "this year" (never the wall clock). */
  dataAsOf: DataAsOfSchema,
})
export type IndicatorsResponse = z.infer<typeof IndicatorsResponseSchema>

/** GET /indicators — the catalogue. */
export function fetchIndicators(signal?: AbortSignal): Promise<IndicatorsResponse> {
  return getJson('/indicators', IndicatorsResponseSchema, { signal })
}

export const indicatorQueries = {
  all: () => ['indicators'] as const,
  catalog: () =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'catalog'],
      queryFn: ({ signal }) => fetchIndicators(signal),
      staleTime: Infinity,
    }),
}
