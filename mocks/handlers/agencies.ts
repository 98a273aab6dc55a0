import { http, HttpResponse } from 'msw'
import type { AgenciesResponse, AgencyDetailResponse } from '@/api/agencies'
import type { ApiErrorBody } from '@/api/common'
import { parseAgencyId, parseNoParams, parseRegionParams } from '@/api/params'
import {
  SAKIP_YEARS,
  findAgency,
  getAgencyData,
  listAgencies,
} from '../../data/synthetic/agencies-data'
import { DATA_AS_OF } from '../../data/synthetic/clock'
import { canonicalCode } from '../../data/reference/geography'

/** A 400/404 answer with the contract's error body. */
function apiError(
  code: 'bad_request' | 'not_found',
  message: string,
  status: 400 | 404,
): HttpResponse<ApiErrorBody> {
  return HttpResponse.json<ApiErrorBody>({ error: { code, message } }, { status })
}

/**
 * GET /agencies?region=: the region's agencies with their SAKIP evaluations. `region` is required
 * (400 when absent or malformed; BPS or Kemendagri code); a well-formed region without agency data
 * answers 200 with none.
 */
export const agenciesHandler = http.get<never, never, AgenciesResponse | ApiErrorBody>(
  '*/api/agencies',
  ({ request }) => {
    const parsed = parseRegionParams(new URL(request.url).searchParams)
    if (!parsed.ok) return HttpResponse.json(parsed.body, { status: parsed.status })
    const regionCode = canonicalCode(parsed.query.region)
    return HttpResponse.json({
      regionCode,
      years: [...SAKIP_YEARS],
      agencies: listAgencies(regionCode),
      dataAsOf: DATA_AS_OF,
    } satisfies AgenciesResponse)
  },
)

/** GET /agencies/:id: one agency, its key indicators and the catalogue indicators it owns. */
export const agencyHandler = http.get<{ id: string }, never, AgencyDetailResponse | ApiErrorBody>(
  '*/api/agencies/:id',
  ({ request }) => {
    // The id as sent (MSW's params are decoded already, and a bad escape must be a 400).
    const url = new URL(request.url)
    const encoded = url.pathname.split('/').pop() ?? ''
    const noParams = parseNoParams(url.searchParams)
    if (!noParams.ok) return HttpResponse.json(noParams.body, { status: noParams.status })
    const parsed = parseAgencyId(encoded)
    if (!parsed.ok) return HttpResponse.json(parsed.body, { status: parsed.status })
    const { id } = parsed.query
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
