import type { QueryClient } from '@tanstack/react-query'
import { directiveQueries } from '@/api/directives'
import { indicatorQueries } from '@/api/indicators'
import { programQueries } from '@/api/programs'
import { regionQueries, type Region } from '@/api/regions'
import { seriesQueries } from '@/api/series'
import { codeLineage, lineageOf } from '@/domain/places'
import { DEFAULT_REGION } from '@/filters/filters'

/**
 * Asked even when the browser says it is offline (the query client would otherwise wait for a
 * network that may never come back during the meeting): a failure is then said at once.
 */
const ALWAYS = { networkMode: 'always' } as const

/**
 * What a briefing reads to freeze its snapshot (./snapshot/snapshot.ts), for the deck and the
 * route loaders of /briefing and /briefing/presenter alike: the catalogue, the region's record
 * (the default region's when it has none), its children, the series of the region and its
 * ancestors and of its children, its programs and its directives. The lineage comes from the
 * region's record, or from a BPS code itself before the record is in.
 */
export function briefingQueries(code: string, region?: Region) {
  const lineage = region ? lineageOf(region).map((r) => r.code) : codeLineage(code)
  return {
    catalog: { ...indicatorQueries.catalog(), ...ALWAYS },
    region: { ...regionQueries.detail(code), ...ALWAYS },
    fallbackRegion: { ...regionQueries.detail(DEFAULT_REGION), ...ALWAYS },
    childRegions: { ...regionQueries.children(code), ...ALWAYS },
    // Known from a BPS code or the record; a dotted Kemendagri code waits for its record.
    series: {
      ...seriesQueries.list({ regions: lineage ?? [code] }),
      ...ALWAYS,
      enabled: lineage !== null,
    },
    childSeries: { ...seriesQueries.list({ parent: code }), ...ALWAYS },
    programs: { ...programQueries.list({ region: code }), ...ALWAYS },
    directives: { ...directiveQueries.list({ region: code }), ...ALWAYS },
  }
}

/**
 * The briefing's requests, started as the navigation starts. A briefing kept on the device shows
 * its frozen copy and asks for nothing; these answers then only warm the session's cache.
 */
export function prefetchBriefing(client: QueryClient, code: string): void {
  const queries = briefingQueries(code)
  void client.prefetchQuery(queries.catalog)
  void client.prefetchQuery(queries.region)
  void client.prefetchQuery(queries.childRegions)
  if (queries.series.enabled) void client.prefetchQuery(queries.series)
  void client.prefetchQuery(queries.childSeries)
  void client.prefetchQuery(queries.programs)
  void client.prefetchQuery(queries.directives)
}
