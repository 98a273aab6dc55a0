import type { QueryClient } from '@tanstack/react-query'
import { seriesQueries } from '@/api/series'

/** BPS codes nest by prefix (3271010 › 3271 › 32 › 0000): the region and its ancestors, region first. */
export function codeChain(code: string): string[] {
  if (code === '0000') return [code]
  const chain = [code]
  if (code.length === 7) chain.push(code.slice(0, 4))
  if (code.length >= 4) chain.push(code.slice(0, 2))
  return [...chain, '0000']
}

/**
 * What an indicator page reads, for the page and for its route loader alike: full histories of the
 * region and its ancestors (range, granularity and "as of" then move on the client with no
 * request), and the region's children for the breakdown. The chain comes from the code itself, not
 * from /regions, so both requests leave at once.
 */
export function indicatorPageQueries(indicatorId: string, code: string) {
  return {
    series: seriesQueries.list({ regions: codeChain(code), indicators: [indicatorId] }),
    children: seriesQueries.list({ parent: code, indicators: [indicatorId] }),
  }
}

export function prefetchIndicator(client: QueryClient, indicatorId: string, code: string): void {
  const queries = indicatorPageQueries(indicatorId, code)
  void client.prefetchQuery(queries.series)
  void client.prefetchQuery(queries.children)
}
