import { http, HttpResponse } from 'msw'
import type { ApiErrorBody } from '@/api/common'
import { parseRegionsParams } from '@/api/params'
import type { Region, RegionSearchResponse, RegionsResponse } from '@/api/regions'
import { searchRegionEntries } from '@/domain/region-search'
import { childrenOf, getGeography, resolveRegionCode } from '../../data/reference/geography'

/**
 * The regions asked for by code (BPS or Kemendagri), each once, in the order first asked; the codes
 * no region has go to `unknown`.
 */
function regionsByCodes(codes: ReadonlyArray<string>): RegionsResponse {
  const regions: Region[] = []
  const unknown: string[] = []
  const seen = new Set<string>()
  for (const code of codes) {
    const region = resolveRegionCode(code)
    const key = region?.code ?? `?${code}`
    if (seen.has(key)) continue
    seen.add(key)
    if (region) regions.push(region)
    else unknown.push(code)
  }
  return { regions, unknown }
}

/**
 * GET /regions over the geography of Indonesia (data/reference/geography.ts): `codes=` (the regions
 * asked for), `parent=` (the children of one region, by name) or `q=` (a name search, ranked by
 * src/domain/region-search.ts). Exactly one is required (src/api/params.ts).
 */
export const regionsHandler = http.get<
  never,
  never,
  RegionsResponse | RegionSearchResponse | ApiErrorBody
>('*/api/regions', ({ request }) => {
  const parsed = parseRegionsParams(new URL(request.url).searchParams)
  if (!parsed.ok) return HttpResponse.json(parsed.body, { status: parsed.status })
  const query = parsed.query
  switch (query.kind) {
    case 'codes':
      return HttpResponse.json(regionsByCodes(query.codes) satisfies RegionsResponse)
    case 'parent':
      return HttpResponse.json({
        regions: [...childrenOf(query.parent)],
        unknown: [],
      } satisfies RegionsResponse)
    case 'search': {
      const { items, total } = searchRegionEntries(getGeography().search, query.q, query.limit)
      return HttpResponse.json({
        query: query.q,
        regions: items,
        total,
      } satisfies RegionSearchResponse)
    }
  }
})
