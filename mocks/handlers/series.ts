import { http, HttpResponse } from 'msw'
import { RegionCodeSchema, type ApiErrorBody } from '@/api/common'
import type { Series, SeriesResponse } from '@/api/series'
import { parsePeriod, periodEndMonth, periodStartMonth } from '@/domain/periods'
import { isIndicatorId } from '../data/catalog'
import { DATA_AS_OF } from '../data/clock'
import { querySeries, type SeriesQuery } from '../data/dataset'

export type SeriesParamsResult =
  { ok: true; query: SeriesQuery } | { ok: false; status: 400; body: ApiErrorBody }

function badRequest(message: string): SeriesParamsResult {
  return { ok: false, status: 400, body: { error: { code: 'bad_request', message } } }
}

/** A comma list with no empty items, or null when the parameter is absent. */
function list(params: URLSearchParams, name: string): string[] | null | 'empty' {
  const raw = params.get(name)
  if (raw === null) return null
  const items = raw.split(',')
  return items.some((item) => item === '') ? 'empty' : items
}

/**
 * Validates the /series query string the way a real backend would:
 * - `regions` (comma list of BPS codes) and/or `parent` (one code) is required;
 * - `indicators` is an optional comma list of catalogue ids;
 * - `from` / `to` are optional period keys, and `from` may not start after `to` ends.
 * Malformed values and unknown indicators give 400 `bad_request`. A well-formed region code that no
 * region has is a filter that matches nothing: 200 with no series (the client decides what to say).
 */
export function parseSeriesParams(params: URLSearchParams): SeriesParamsResult {
  const regions = list(params, 'regions')
  if (regions === 'empty')
    return badRequest('regions must be a comma-separated list of region codes')
  const parent = params.get('parent')
  if (regions === null && parent === null) return badRequest('regions or parent is required')

  const codes = [...(regions ?? []), ...(parent === null ? [] : [parent])]
  const malformed = codes.filter((code) => !RegionCodeSchema.safeParse(code).success)
  if (malformed.length > 0) return badRequest(`malformed region code: ${malformed.join(', ')}`)

  const indicators = list(params, 'indicators')
  if (indicators === 'empty') return badRequest('indicators must be a comma-separated list of ids')
  const unknownIndicators = (indicators ?? []).filter((id) => !isIndicatorId(id))
  if (unknownIndicators.length > 0) {
    return badRequest(`unknown indicator: ${unknownIndicators.join(', ')}`)
  }

  const query: SeriesQuery = {}
  for (const name of ['from', 'to'] as const) {
    const key = params.get(name)
    if (key === null) continue
    if (!parsePeriod(key)) return badRequest(`${name} is not a period key: ${key}`)
    query[name] = key
  }
  const from = query.from === undefined ? null : parsePeriod(query.from)
  const to = query.to === undefined ? null : parsePeriod(query.to)
  if (from && to && periodStartMonth(from) > periodEndMonth(to)) {
    return badRequest(`from (${query.from}) is after to (${query.to})`)
  }

  if (regions) query.regions = regions
  if (parent !== null) query.parent = parent
  if (indicators) query.indicators = indicators
  return { ok: true, query }
}

/** GET /series over a dataset: observations and yearly targets per indicator × region. */
export function seriesHandlerFor(query: (parsed: SeriesQuery) => Series[]) {
  return http.get<never, never, SeriesResponse | ApiErrorBody>('*/api/series', ({ request }) => {
    const parsed = parseSeriesParams(new URL(request.url).searchParams)
    if (!parsed.ok) return HttpResponse.json(parsed.body, { status: parsed.status })
    return HttpResponse.json({
      series: query(parsed.query),
      dataAsOf: DATA_AS_OF,
    } satisfies SeriesResponse)
  })
}

export const seriesHandler = seriesHandlerFor(querySeries)
