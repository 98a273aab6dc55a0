import '@/config/zod-config'
import type { QueryClient } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { DirectivesResponseSchema } from '@/api/directives'
import { IndicatorSchema } from '@/api/indicators'
import { ProgramsResponseSchema } from '@/api/programs'
import { RegionSchema } from '@/api/regions'
import { SeriesSchema } from '@/api/series'
import { loadCharts } from '@/components/charts/chart-slot'
import { wibTimestamp } from '@/domain/dates'
import { briefingQueries } from '../queries'

/**
 * Everything a deck can show, fetched once and then frozen
 * (docs/decisions/0015-briefing-is-a-frozen-snapshot.md): advancing renders from this object only,
 * so no slide waits, no number changes mid-meeting, and the walk goes on if the network drops. It
 * is kept on the device with the briefing (./pinned-store.ts), so a reload shows the same numbers
 * with the same freeze time, with or without a network.
 */
export const SnapshotSchema = z.object({
  /** The region the briefing is about (a well-formed code no region has falls back to the default). */
  region: z.string(),
  /** When the numbers were frozen (the wall clock of the device that froze them). */
  takenAt: z.iso.datetime({ offset: true }),
  /** The dataset's own time ("data per …"). */
  dataAsOf: z.nullable(z.iso.datetime({ offset: true })),
  indicators: z.array(IndicatorSchema),
  /** The region (with its ancestors) and its children. */
  regions: z.array(RegionSchema),
  /** The region and its ancestors, every indicator. */
  series: z.array(SeriesSchema),
  /** The region's children, for breakdown slides. */
  children: z.array(SeriesSchema),
  /** Null when the resource could not be loaded as the briefing was frozen (its slide says so). */
  programs: z.nullable(ProgramsResponseSchema),
  directives: z.nullable(DirectivesResponseSchema),
})
export type Snapshot = z.infer<typeof SnapshotSchema>

async function settle<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise
  } catch (error) {
    console.warn('[kinerja] briefing resource unavailable', error)
    return null
  }
}

/**
 * Fetches a region's snapshot. `fresh` asks the server again even for answers the app already
 * holds ("Perbarui data"); otherwise the briefing freezes what the dashboard was showing.
 */
export async function takeSnapshot(
  client: QueryClient,
  requested: string,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<Snapshot> {
  const again = fresh ? { staleTime: 0 } : {}
  const first = briefingQueries(requested)
  const [catalog, asked] = await Promise.all([
    client.fetchQuery({ ...first.catalog, ...again }),
    client.fetchQuery({ ...first.region, ...again }),
  ])
  const found =
    asked.regions[0] ?? (await client.fetchQuery({ ...first.fallbackRegion, ...again })).regions[0]
  const region = found?.code ?? requested
  const queries = briefingQueries(region, found)
  const [childList, lineage, children, programs, directives] = await Promise.all([
    settle(client.fetchQuery({ ...queries.childRegions, ...again })),
    client.fetchQuery({ ...queries.series, ...again }),
    settle(client.fetchQuery({ ...queries.childSeries, ...again })),
    settle(client.fetchQuery({ ...queries.programs, ...again })),
    settle(client.fetchQuery({ ...queries.directives, ...again })),
    // The charts' code is part of the snapshot: once the deck shows, it needs no network.
    loadCharts(),
  ])
  return {
    region,
    // In WIB, the zone the app says times in: the title slide's default meeting day is then the
    // day the freeze time shows.
    takenAt: wibTimestamp(new Date()),
    dataAsOf: lineage.dataAsOf ?? catalog.dataAsOf,
    indicators: catalog.indicators,
    regions: [...(found ? [found] : []), ...(childList?.regions ?? [])],
    series: lineage.series,
    children: children?.series ?? [],
    programs,
    directives,
  }
}
