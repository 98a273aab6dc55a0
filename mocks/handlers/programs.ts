import { http, HttpResponse } from 'msw'
import type { ApiErrorBody } from '@/api/common'
import type { DirectivesResponse } from '@/api/directives'
import { parseDirectivesParams, parseProgramsParams, parseRegionParams } from '@/api/params'
import type { PjEvaluationsResponse } from '@/api/pj-evaluations'
import type { ProgramsResponse } from '@/api/programs'
import { DATA_AS_OF } from '../../data/synthetic/clock'
import { canonicalCode } from '../../data/reference/geography'
import { buildPjEvaluations, getProgramData } from '../../data/synthetic/programs-data'

/**
 * GET /programs?region=&agency=&status=: the region's 100-day and priority programs matching every
 * filter given. An agency of another region, or none, simply matches nothing.
 */
export const programsHandler = http.get<never, never, ProgramsResponse | ApiErrorBody>(
  '*/api/programs',
  ({ request }) => {
    const parsed = parseProgramsParams(new URL(request.url).searchParams)
    if (!parsed.ok) return HttpResponse.json(parsed.body, { status: parsed.status })
    const { agency, status } = parsed.query
    const regionCode = canonicalCode(parsed.query.region)
    const programs = (getProgramData().programs.get(regionCode) ?? []).filter(
      (p) =>
        (agency === null || p.agency.id === agency) && (status === null || p.status === status),
    )
    return HttpResponse.json({
      regionCode,
      programs,
      dataAsOf: DATA_AS_OF,
    } satisfies ProgramsResponse)
  },
)

/** GET /directives?region=&agency=: briefing directives and their follow-up, newest first. */
export const directivesHandler = http.get<never, never, DirectivesResponse | ApiErrorBody>(
  '*/api/directives',
  ({ request }) => {
    const parsed = parseDirectivesParams(new URL(request.url).searchParams)
    if (!parsed.ok) return HttpResponse.json(parsed.body, { status: parsed.status })
    const { agency } = parsed.query
    const regionCode = canonicalCode(parsed.query.region)
    const directives = (getProgramData().directives.get(regionCode) ?? []).filter(
      (d) => agency === null || d.agency.id === agency,
    )
    return HttpResponse.json({
      regionCode,
      directives,
      dataAsOf: DATA_AS_OF,
    } satisfies DirectivesResponse)
  },
)

/** GET /pj-evaluations?region=: Kemendagri's quarterly evaluation of an acting mayor. */
export const pjEvaluationsHandler = http.get<never, never, PjEvaluationsResponse | ApiErrorBody>(
  '*/api/pj-evaluations',
  ({ request }) => {
    const parsed = parseRegionParams(new URL(request.url).searchParams)
    if (!parsed.ok) return HttpResponse.json(parsed.body, { status: parsed.status })
    return HttpResponse.json({
      ...buildPjEvaluations(canonicalCode(parsed.query.region)),
      dataAsOf: DATA_AS_OF,
    } satisfies PjEvaluationsResponse)
  },
)
