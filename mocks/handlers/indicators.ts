import { http, HttpResponse } from 'msw'
import type { ApiErrorBody } from '@/api/common'
import type { IndicatorsResponse } from '@/api/indicators'
import { parseNoParams } from '@/api/params'
import { DATA_AS_OF } from '../../data/synthetic/clock'
import { listIndicators } from '../../data/dataset'

/** GET /indicators: the catalogue, with the dataset's time. */
export const indicatorsHandler = http.get<never, never, IndicatorsResponse | ApiErrorBody>(
  '*/api/indicators',
  ({ request }) => {
    const parsed = parseNoParams(new URL(request.url).searchParams)
    if (!parsed.ok) return HttpResponse.json(parsed.body, { status: parsed.status })
    return HttpResponse.json({
      indicators: listIndicators(),
      dataAsOf: DATA_AS_OF,
    } satisfies IndicatorsResponse)
  },
)
