import type { QueryClient } from '@tanstack/react-query'
import { indicatorQueries } from '@/api/indicators'
import type { Region } from '@/api/regions'
import { regionQueries } from '@/api/regions'
import { seriesQueries } from '@/api/series'
import { loadChartsAfterFirstPaint } from '@/components/charts/chart-slot'
import { codeLineage, lineageOf } from '@/domain/places'

/** The codes whose series the page asks for: the region and its ancestors. */
function lineageCodes(code: string, region: Region | undefined): string[] | null {
  return codeLineage(code) ?? (region ? lineageOf(region).map((r) => r.code) : null)
}

/**
 * What an indicator page reads, for the page and for its route loader alike: full histories of the
 * region and its ancestors (range, granularity and "as of" then move on the client with no
 * request), the region's children and their series for the breakdown. For a BPS code the lineage
 * comes from the code itself, so every request leaves at once; a dotted Kemendagri code waits for
 * the region's ancestors.
 */
export function indicatorPageQueries(indicatorId: string, code: string, region?: Region) {
  const codes = lineageCodes(code, region)
  return {
    series: {
      ...seriesQueries.list({ regions: codes ?? [code], indicators: [indicatorId] }),
      enabled: codes !== null,
    },
    children: seriesQueries.list({ parent: code, indicators: [indicatorId] }),
    childRegions: regionQueries.children(code),
  }
}

export function prefetchIndicator(client: QueryClient, indicatorId: string, code: string): void {
  const queries = indicatorPageQueries(indicatorId, code)
  if (queries.series.enabled) void client.prefetchQuery(queries.series)
  void client.prefetchQuery(queries.children)
  void client.prefetchQuery(queries.childRegions)
  // The page's first chart is its trend: the chart library is asked for once the first paint (the
  // page's heading) is done, not once the page body has painted
  // (docs/decisions/0044-first-chart-asks-for-what-it-needs.md) — unless the catalogue, when
  // already in, says the indicator is a grade (its timeline is plain SVG).
  const indicator = client
    .getQueryData(indicatorQueries.catalog().queryKey)
    ?.indicators.find((i) => i.id === indicatorId)
  if (indicator?.valueType !== 'grade') loadChartsAfterFirstPaint()
}
