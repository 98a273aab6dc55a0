import type { QueryClient } from '@tanstack/react-query'
import { seriesQueries } from '@/api/series'

/**
 * What the scorecard reads, for the page and for its route loader alike. The whole history of one
 * region is small: fetched once, "as of" then moves on the client with no request.
 */
export function overviewQueries(code: string) {
  return { series: seriesQueries.list({ regions: [code] }) }
}

export function prefetchOverview(client: QueryClient, code: string): void {
  void client.prefetchQuery(overviewQueries(code).series)
}
