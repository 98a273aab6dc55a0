import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { AgencyIdSchema } from './agencies'
import { getJson } from './client'
import { DataAsOfSchema, LocalizedTextSchema, ProvenanceSchema, RegionCodeSchema } from './common'

/** A program's status on the dataset's day (src/domain/program-status.ts says how it is decided). */
export const PROGRAM_STATUSES = ['not-started', 'on-track', 'at-risk', 'late', 'done'] as const
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number]

export function isProgramStatus(value: string): value is ProgramStatus {
  return (PROGRAM_STATUSES as ReadonlyArray<string>).includes(value)
}

const ProgramStatusSchema = z.enum(PROGRAM_STATUSES)

/** The agency that owns a program or a directive, as shown next to it. */
export const AgencyRefSchema = z.object({
  id: AgencyIdSchema,
  name: z.string(),
  abbreviation: z.nullable(z.string()),
})
export type AgencyRef = z.infer<typeof AgencyRefSchema>

const ProgramSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  regionCode: RegionCodeSchema,
  /** The mayor's 100-day commitments, or the year's priority programs. */
  kind: z.enum(['hundred-day', 'priority']),
  title: LocalizedTextSchema,
  agency: AgencyRefSchema,
  startDate: z.iso.date(),
  dueDate: z.iso.date(),
  completedOn: z.nullable(z.iso.date()),
  /** Whole percent, 0–100. */
  progress: z.int().check(z.minimum(0), z.maximum(100)),
  /** On the dataset's day (`dataAsOf`), by the rule in src/domain/program-status.ts. */
  status: ProgramStatusSchema,
  milestones: z.array(
    z.object({
      title: LocalizedTextSchema,
      dueDate: z.iso.date(),
      doneOn: z.nullable(z.iso.date()),
    }),
  ),
  /** Dated progress notes, oldest first. */
  updates: z.array(z.object({ date: z.iso.date(), note: LocalizedTextSchema })),
  provenance: ProvenanceSchema,
})
export type Program = z.infer<typeof ProgramSchema>

export const ProgramsResponseSchema = z.object({
  regionCode: RegionCodeSchema,
  programs: z.array(ProgramSchema),
  dataAsOf: DataAsOfSchema,
})
export type ProgramsResponse = z.infer<typeof ProgramsResponseSchema>

export type ProgramFilters = {
  region: string
  agency?: string | null
  status?: ProgramStatus | null
}

/** GET /programs?region=&agency=&status= — the programs that match every filter given. */
export function fetchPrograms(filters: ProgramFilters, signal?: AbortSignal) {
  const params = new URLSearchParams({ region: filters.region })
  if (filters.agency) params.set('agency', filters.agency)
  if (filters.status) params.set('status', filters.status)
  return getJson(`/programs?${params.toString()}`, ProgramsResponseSchema, { signal })
}

export const programQueries = {
  all: () => ['programs'] as const,
  list: (filters: ProgramFilters) => {
    const key = {
      region: filters.region,
      agency: filters.agency ?? null,
      status: filters.status ?? null,
    }
    return queryOptions({
      queryKey: [...programQueries.all(), 'list', key],
      queryFn: ({ signal }) => fetchPrograms(key, signal),
    })
  },
}
