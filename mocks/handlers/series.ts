import { http, HttpResponse } from 'msw'
import type { ApiErrorBody } from '@/api/common'
import { parseSeriesParams as parseParams, type ParamResult, type SeriesQuery } from '@/api/params'
import type { Series, SeriesResponse } from '@/api/series'
import { isIndicatorId } from '../../data/reference/catalog'
import { DATA_AS_OF } from '../../data/synthetic/clock'
import { querySeries } from '../../data/dataset'

/**
 * Validates the /series query string against the demo catalogue (src/api/params.ts holds the
 * rules, shared with the server). A well-formed region code that no region has is a filter that
 * matches nothing: 200 with no series.
 */
export function parseSeriesParams(params: URLSearchParams): ParamResult<SeriesQuery> {
  return parseParams(params, isIndicatorId)
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
