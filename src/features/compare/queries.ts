import type { QueryClient } from '@tanstack/react-query'
import { regionQueries } from '@/api/regions'
import { seriesQueries } from '@/api/series'
import type { Filters } from '@/filters/filters'

/** Compared when the link names no regions: the region, a city in another province, a province. */
const SEED_REGIONS = ['3271', '7571', '31']
const DEFAULT_INDICATOR = 'tpt'

/** The regions and indicator /compare shows, and what it reads (for the page and its loader). */
export function compareQueries(filters: Filters, code: string) {
  const codes =
    filters.regions.length > 0
      ? filters.regions
      : [code, ...SEED_REGIONS.filter((seed) => seed !== code)]
  const indicatorId = filters.indicator ?? DEFAULT_INDICATOR
  return {
    codes,
    indicatorId,
    series: seriesQueries.list({ regions: codes, indicators: [indicatorId] }),
    /** The compared regions' records (names, levels, roles). */
    compared: regionQueries.byCodes(codes),
  }
}

export function prefetchCompare(client: QueryClient, filters: Filters): void {
  const queries = compareQueries(filters, filters.region)
  void client.prefetchQuery(queries.series)
  void client.prefetchQuery(queries.compared)
}
