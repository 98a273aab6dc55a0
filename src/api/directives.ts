import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { getJson } from './client'
import { DataAsOfSchema, LocalizedTextSchema, ProvenanceSchema, RegionCodeSchema } from './common'
import { AgencyRefSchema } from './programs'

/** A directive (*arahan*) given at a leadership briefing, and its follow-up (*tindak lanjut*). */
const DirectiveSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  regionCode: RegionCodeSchema,
  text: LocalizedTextSchema,
  /** The day of the Briefing Pimpinan where it was given. */
  briefingDate: z.iso.date(),
  agency: AgencyRefSchema,
  dueDate: z.iso.date(),
  /** Overdue is not a status: it is derived from dueDate, status and the dataset's day. */
  status: z.enum(['not-started', 'in-progress', 'done']),
  completedOn: z.nullable(z.iso.date()),
  /** Follow-up notes, oldest first. */
  followUps: z.array(z.object({ date: z.iso.date(), note: LocalizedTextSchema })),
  provenance: ProvenanceSchema,
})
export type Directive = z.infer<typeof DirectiveSchema>

export const DirectivesResponseSchema = z.object({
  regionCode: RegionCodeSchema,
  directives: z.array(DirectiveSchema),
  dataAsOf: DataAsOfSchema,
})
export type DirectivesResponse = z.infer<typeof DirectivesResponseSchema>

export type DirectiveFilters = { region: string; agency?: string | null }

/** GET /directives?region=&agency= — briefing directives, newest briefing first. */
export function fetchDirectives(filters: DirectiveFilters, signal?: AbortSignal) {
  const params = new URLSearchParams({ region: filters.region })
  if (filters.agency) params.set('agency', filters.agency)
  return getJson(`/directives?${params.toString()}`, DirectivesResponseSchema, { signal })
}

export const directiveQueries = {
  all: () => ['directives'] as const,
  list: (filters: DirectiveFilters) => {
    const key = { region: filters.region, agency: filters.agency ?? null }
    return queryOptions({
      queryKey: [...directiveQueries.all(), 'list', key],
      queryFn: ({ signal }) => fetchDirectives(key, signal),
    })
  },
}
