import { useQuery } from '@tanstack/react-query'
import { regionQueries, type Region } from '@/api/regions'
import { DEFAULT_REGION } from './filters'
import { useFilters } from './use-filters'

/**
 * The region the view shows. A well-formed code that no region has falls back to the default
 * (reported as `unknownCode`) once the region list has loaded.
 */
export function useResolvedRegion() {
  const { filters } = useFilters()
  const query = useQuery(regionQueries.list())
  const regions = query.data?.regions
  const requested = regions?.find((region) => region.code === filters.region)
  const unknownCode = regions && !requested ? filters.region : null
  const code = unknownCode ? DEFAULT_REGION : filters.region
  const region: Region | undefined = requested ?? regions?.find((r) => r.code === code)
  return { code, region, regions, unknownCode, query }
}
