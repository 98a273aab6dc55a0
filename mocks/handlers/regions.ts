import { http, HttpResponse } from 'msw'
import type { ApiErrorBody } from '@/api/common'
import type { RegionsResponse } from '@/api/regions'
import { listRegions } from '../data/dataset'

/** GET /regions: the whole hierarchy, nation to kecamatan. */
export const regionsHandler = http.get<never, never, RegionsResponse | ApiErrorBody>(
  '*/api/regions',
  () => HttpResponse.json({ regions: listRegions() } satisfies RegionsResponse),
)
