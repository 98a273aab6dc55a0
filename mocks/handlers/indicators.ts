import { http, HttpResponse } from 'msw'
import type { ApiErrorBody } from '@/api/common'
import type { IndicatorsResponse } from '@/api/indicators'
import { DATA_AS_OF } from '../../data/synthetic/clock'
import { listIndicators } from '../../data/dataset'

/** GET /indicators: the catalogue, with the dataset's time. */
export const indicatorsHandler = http.get<never, never, IndicatorsResponse | ApiErrorBody>(
  '*/api/indicators',
  () =>
    HttpResponse.json({
      indicators: listIndicators(),
      dataAsOf: DATA_AS_OF,
    } satisfies IndicatorsResponse),
)
