import { useQuery, type QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { indicatorQueries } from '@/api/indicators'
import { seriesQueries, type SeriesResponse } from '@/api/series'
import { scorecard, todayOf } from '@/analysis/readings'

/**
 * What the scorecard reads, for the page and for its route loader alike. The whole history of one
 * region is small: fetched once, "as of" then moves on the client with no request.
 */
function overviewQueries(code: string) {
  return { series: seriesQueries.list({ regions: [code] }) }
}

export function prefetchOverview(client: QueryClient, code: string): void {
  void client.prefetchQuery(overviewQueries(code).series)
}

/** The scorecard's readings, shaped in the query's `select` from the catalogue and the series. */
export function useScorecard(code: string, asOf: string | null) {
  const catalog = useQuery(indicatorQueries.catalog())
  const indicators = catalog.data?.indicators
  const select = useCallback(
    (response: SeriesResponse) => {
      // While another region loads, the placeholder is the previous region's answer: its cards
      // stay those of the region the data is for (dimmed), never "no data" for the new one.
      const dataCode = response.series[0]?.regionCode ?? code
      return {
        regionCode: dataCode,
        dataAsOf: response.dataAsOf,
        entries: indicators
          ? scorecard(indicators, response, dataCode, asOf, todayOf(response.dataAsOf))
          : [],
      }
    },
    [indicators, code, asOf],
  )
  const series = useQuery({ ...overviewQueries(code).series, select })
  return { catalog, series }
}
