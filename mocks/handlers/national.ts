import { http, HttpResponse } from 'msw'
import type { ApiErrorBody } from '@/api/common'
import type { RegionsResponse } from '@/api/regions'
import type { SeriesResponse } from '@/api/series'
import { DATA_AS_OF } from '../data/dataset'
import { listNationalRegions, queryNationalSeries } from '../data/national'
import { parseSeriesParams } from './series'

/**
 * The `national` scenario: /regions and /series answered from the synthetic national dataset
 * (mocks/data/national.ts); every other endpoint falls through to the happy paths.
 */
export const nationalHandlers = [
  http.get<never, never, RegionsResponse | ApiErrorBody>('*/api/regions', () =>
    HttpResponse.json({ regions: listNationalRegions() } satisfies RegionsResponse),
  ),
  http.get<never, never, SeriesResponse | ApiErrorBody>('*/api/series', ({ request }) => {
    const parsed = parseSeriesParams(new URL(request.url).searchParams)
    if (!parsed.ok) return HttpResponse.json(parsed.body, { status: parsed.status })
    return HttpResponse.json({
      series: queryNationalSeries(parsed.query),
      dataAsOf: DATA_AS_OF,
    } satisfies SeriesResponse)
  }),
]
