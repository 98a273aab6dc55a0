import { http, HttpResponse } from 'msw'
import { isRegionCode, MAX_LIST_ITEMS, type ApiErrorBody } from '@/api/common'
import {
  REGION_SEARCH_LIMIT,
  type Region,
  type RegionSearchResponse,
  type RegionsResponse,
} from '@/api/regions'
import { listRegions } from '../data/dataset'
import { apiError } from './agencies'

/**
 * GET /regions over a region list: `codes=` (the regions asked for, BPS or Kemendagri codes),
 * `parent=` (the children of one region) or `q=` (a name search, ranked). One is required.
 */
export function regionsHandlerFor(list: () => ReadonlyArray<Region>) {
  return http.get<never, never, RegionsResponse | RegionSearchResponse | ApiErrorBody>(
    '*/api/regions',
    ({ request }) => {
      const params = new URL(request.url).searchParams
      const regions = list()
      const codes = params.get('codes')
      const parent = params.get('parent')
      const q = params.get('q')
      if (codes !== null) {
        const asked = codes.split(',').map((c) => c.trim())
        if (asked.length > MAX_LIST_ITEMS || asked.some((c) => !isRegionCode(c))) {
          return apiError(
            'bad_request',
            `codes must be at most ${MAX_LIST_ITEMS} region codes`,
            400,
          )
        }
        const found: Region[] = []
        const unknown: string[] = []
        for (const code of asked) {
          const region = regions.find(
            (r) => r.code === code || r.bpsCode === code || r.kemendagriCode === code,
          )
          if (region) found.push(region)
          else unknown.push(code)
        }
        return HttpResponse.json({ regions: found, unknown } satisfies RegionsResponse)
      }
      if (parent !== null) {
        if (!isRegionCode(parent))
          return apiError('bad_request', `malformed region code: ${parent}`, 400)
        const children = regions
          .filter((r) => r.parentCode === parent)
          .sort((a, b) => a.name.localeCompare(b.name, 'id'))
        return HttpResponse.json({ regions: children, unknown: [] } satisfies RegionsResponse)
      }
      if (q !== null) {
        const text = q.trim().toLowerCase()
        if (text.length === 0 || text.length > 100) {
          return apiError('bad_request', 'q must be 1–100 characters', 400)
        }
        const matches = regions.filter((r) => r.name.toLowerCase().includes(text))
        return HttpResponse.json({
          query: q,
          regions: matches.slice(0, REGION_SEARCH_LIMIT),
          total: matches.length,
        } satisfies RegionSearchResponse)
      }
      return apiError('bad_request', 'one of codes, parent or q is required', 400)
    },
  )
}

export const regionsHandler = regionsHandlerFor(listRegions)
