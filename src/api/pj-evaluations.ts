import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { getJson } from './client'
import {
  DataAsOfSchema,
  LocalizedTextSchema,
  PeriodKeySchema,
  ProvenanceSchema,
  RegionCodeSchema,
} from './common'

/**
 * Kemendagri's (Itjen) quarterly evaluation of an acting mayor (Pj): a score per indicator and an
 * overall result per quarter of the Pj's term.
 */
export const PjEvaluationsResponseSchema = z.object({
  regionCode: RegionCodeSchema,
  /** The evaluated indicators, in the order the evaluation lists them. */
  indicators: z.array(
    z.object({ id: z.string().check(z.regex(/^[a-z0-9-]+$/)), name: LocalizedTextSchema }),
  ),
  /** Oldest first; empty when the region had no Pj in the dataset's years. */
  quarters: z.array(
    z.object({
      /** A quarter key, `2024-Q3`. */
      period: PeriodKeySchema.check(z.regex(/^\d{4}-Q[1-4]$/, 'quarter key')),
      evaluatedOn: z.iso.date(),
      /** Indicator id → score 0–100 (null when not scored that quarter). */
      scores: z.record(z.string(), z.nullable(z.number().check(z.minimum(0), z.maximum(100)))),
      /** The overall result, 0–100: the mean of the quarter's scored indicators. */
      overall: z.number().check(z.minimum(0), z.maximum(100)),
    }),
  ),
  evaluator: LocalizedTextSchema,
  provenance: ProvenanceSchema,
  dataAsOf: DataAsOfSchema,
})
export type PjEvaluationsResponse = z.infer<typeof PjEvaluationsResponseSchema>

/** GET /pj-evaluations?region= */
export function fetchPjEvaluations(region: string, signal?: AbortSignal) {
  const params = new URLSearchParams({ region })
  return getJson(`/pj-evaluations?${params.toString()}`, PjEvaluationsResponseSchema, { signal })
}

export const pjEvaluationQueries = {
  all: () => ['pj-evaluations'] as const,
  list: (region: string) =>
    queryOptions({
      queryKey: [...pjEvaluationQueries.all(), 'list', region],
      queryFn: ({ signal }) => fetchPjEvaluations(region, signal),
    }),
}
