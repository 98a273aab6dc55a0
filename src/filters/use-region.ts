import { useQuery } from '@tanstack/react-query'
import { regionQueries, type Region } from '@/api/regions'
import { DEFAULT_REGION } from './filters'
import { useFilters } from './use-filters'

/**
 * The region the view shows, with its ancestors (GET /regions?codes=). A well-formed code that no
 * region has falls back to the default (reported as `unknownCode`) once the answer is in. A
 * Kemendagri code with a BPS twin resolves to it (`code` is then the canonical one).
 */
export function useResolvedRegion() {
  const { filters } = useFilters()
  const requested = useQuery(regionQueries.detail(filters.region))
  const found = requested.data?.regions[0]
  const unknownCode = requested.data && !found ? filters.region : null
  const fallback = useQuery({
    ...regionQueries.detail(DEFAULT_REGION),
    enabled: unknownCode !== null,
  })
  const region: Region | undefined = found ?? (unknownCode ? fallback.data?.regions[0] : undefined)
  const code = found?.code ?? (unknownCode ? DEFAULT_REGION : filters.region)
  return { code, region, unknownCode, query: unknownCode ? fallback : requested }
}
