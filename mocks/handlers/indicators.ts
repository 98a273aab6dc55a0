import { http, HttpResponse } from 'msw'
import type { ApiErrorBody } from '@/api/common'
import type { IndicatorsResponse } from '@/api/indicators'
import { listIndicators } from '../data/dataset'

/** GET /indicators: the catalogue. */
export const indicatorsHandler = http.get<never, never, IndicatorsResponse | ApiErrorBody>(
  '*/api/indicators',
  () => HttpResponse.json({ indicators: listIndicators() } satisfies IndicatorsResponse),
)
