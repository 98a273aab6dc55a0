import { http, HttpResponse } from 'msw'
import { AgencyIdSchema, type AgenciesResponse, type AgencyDetailResponse } from '@/api/agencies'
import { RegionCodeSchema, type ApiErrorBody } from '@/api/common'
import { SAKIP_YEARS, findAgency, getAgencyData, listAgencies } from '../data/agencies-data'
import { DATA_AS_OF } from '../data/clock'

/** A 400/404 answer with the contract's error body. */
export function apiError(
  code: 'bad_request' | 'not_found',
  message: string,
  status: 400 | 404,
): HttpResponse<ApiErrorBody> {
  return HttpResponse.json<ApiErrorBody>({ error: { code, message } }, { status })
}

/**
 * GET /agencies?region=: the region's agencies with their SAKIP evaluations. `region` is required
 * (400 when absent or malformed); a well-formed region without agency data answers 200 with none.
 */
export const agenciesHandler = http.get<never, never, AgenciesResponse | ApiErrorBody>(
  '*/api/agencies',
  ({ request }) => {
    const region = new URL(request.url).searchParams.get('region')
    if (region === null) return apiError('bad_request', 'region is required', 400)
    if (!RegionCodeSchema.safeParse(region).success) {
      return apiError('bad_request', `malformed region code: ${region}`, 400)
    }
    return HttpResponse.json({
      regionCode: region,
      years: [...SAKIP_YEARS],
      agencies: listAgencies(region),
      dataAsOf: DATA_AS_OF,
    } satisfies AgenciesResponse)
  },
)

/** GET /agencies/:id: one agency, its key indicators and the catalogue indicators it owns. */
export const agencyHandler = http.get<{ id: string }, never, AgencyDetailResponse | ApiErrorBody>(
  '*/api/agencies/:id',
  ({ params }) => {
    const id = decodeURIComponent(params.id)
    if (!AgencyIdSchema.safeParse(id).success) {
      return apiError('bad_request', `malformed agency id: ${id}`, 400)
    }
    const entry = findAgency(id)
    if (!entry) return apiError('not_found', `no agency ${id}`, 404)
    const data = getAgencyData()
    return HttpResponse.json({
      agency: entry.agency,
      iku: [...(data.iku.get(id) ?? [])],
      indicatorIds: [...(data.indicatorIds.get(id) ?? [])],
      dataAsOf: DATA_AS_OF,
    } satisfies AgencyDetailResponse)
  },
)
