import { http, HttpResponse } from 'msw'
import { AgencyIdSchema } from '@/api/agencies'
import { RegionCodeSchema, type ApiErrorBody } from '@/api/common'
import type { DirectivesResponse } from '@/api/directives'
import type { PjEvaluationsResponse } from '@/api/pj-evaluations'
import type { ProgramsResponse } from '@/api/programs'
import { isProgramStatus } from '@/domain/program-status'
import { DATA_AS_OF } from '../data/clock'
import { buildPjEvaluations, getProgramData } from '../data/programs-data'
import { apiError } from './agencies'

type Params =
  | { ok: true; region: string; agency: string | null; status: string | null }
  | { ok: false; response: ReturnType<typeof apiError> }

/** `region` (required), `agency` and `status` (optional), validated like a real backend would. */
function readParams(url: string, allowed: ReadonlyArray<'agency' | 'status'>): Params {
  const params = new URL(url).searchParams
  const region = params.get('region')
  if (region === null)
    return { ok: false, response: apiError('bad_request', 'region is required', 400) }
  if (!RegionCodeSchema.safeParse(region).success) {
    return { ok: false, response: apiError('bad_request', `malformed region code: ${region}`, 400) }
  }
  const agency = allowed.includes('agency') ? params.get('agency') : null
  if (agency !== null && !AgencyIdSchema.safeParse(agency).success) {
    return { ok: false, response: apiError('bad_request', `malformed agency id: ${agency}`, 400) }
  }
  const status = allowed.includes('status') ? params.get('status') : null
  if (status !== null && !isProgramStatus(status)) {
    return {
      ok: false,
      response: apiError('bad_request', `unknown program status: ${status}`, 400),
    }
  }
  return { ok: true, region, agency, status }
}

/**
 * GET /programs?region=&agency=&status=: the region's 100-day and priority programs matching every
 * filter given. An agency of another region, or none, simply matches nothing.
 */
export const programsHandler = http.get<never, never, ProgramsResponse | ApiErrorBody>(
  '*/api/programs',
  ({ request }) => {
    const parsed = readParams(request.url, ['agency', 'status'])
    if (!parsed.ok) return parsed.response
    const programs = (getProgramData().programs.get(parsed.region) ?? []).filter(
      (p) =>
        (parsed.agency === null || p.agency.id === parsed.agency) &&
        (parsed.status === null || p.status === parsed.status),
    )
    return HttpResponse.json({
      regionCode: parsed.region,
      programs,
      dataAsOf: DATA_AS_OF,
    } satisfies ProgramsResponse)
  },
)

/** GET /directives?region=&agency=: briefing directives and their follow-up, newest first. */
export const directivesHandler = http.get<never, never, DirectivesResponse | ApiErrorBody>(
  '*/api/directives',
  ({ request }) => {
    const parsed = readParams(request.url, ['agency'])
    if (!parsed.ok) return parsed.response
    const directives = (getProgramData().directives.get(parsed.region) ?? []).filter(
      (d) => parsed.agency === null || d.agency.id === parsed.agency,
    )
    return HttpResponse.json({
      regionCode: parsed.region,
      directives,
      dataAsOf: DATA_AS_OF,
    } satisfies DirectivesResponse)
  },
)

/** GET /pj-evaluations?region=: Kemendagri's quarterly evaluation of an acting mayor. */
export const pjEvaluationsHandler = http.get<never, never, PjEvaluationsResponse | ApiErrorBody>(
  '*/api/pj-evaluations',
  ({ request }) => {
    const parsed = readParams(request.url, [])
    if (!parsed.ok) return parsed.response
    return HttpResponse.json({
      ...buildPjEvaluations(parsed.region),
      dataAsOf: DATA_AS_OF,
    } satisfies PjEvaluationsResponse)
  },
)
