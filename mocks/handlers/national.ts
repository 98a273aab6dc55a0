import { http, HttpResponse } from 'msw'
import type { ApiErrorBody } from '@/api/common'
import type { RegionsResponse } from '@/api/regions'
import { listNationalRegions, queryNationalSeries } from '../data/national'
import { seriesHandlerFor } from './series'

/**
 * The `national` scenario: /regions and /series answered from the synthetic national dataset
 * (mocks/data/national.ts); every other endpoint falls through to the happy paths.
 */
export const nationalHandlers = [
  http.get<never, never, RegionsResponse | ApiErrorBody>('*/api/regions', () =>
    HttpResponse.json({ regions: listNationalRegions() } satisfies RegionsResponse),
  ),
  seriesHandlerFor(queryNationalSeries),
]
