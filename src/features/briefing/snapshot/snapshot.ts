import '@/config/zod-config'
import type { QueryClient } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { DirectivesResponseSchema, directiveQueries } from '@/api/directives'
import { IndicatorSchema, indicatorQueries } from '@/api/indicators'
import { ProgramsResponseSchema, programQueries } from '@/api/programs'
import { RegionSchema, regionQueries } from '@/api/regions'
import { SeriesSchema, seriesQueries } from '@/api/series'
import { loadCharts } from '@/components/charts/chart-slot'
import { lineageOf } from '@/domain/places'
import { DEFAULT_REGION } from '@/filters/filters'

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

/**
 * The freeze time in WIB (UTC+7), the zone the app says times in: its calendar day (the title
 * slide's default meeting day) is then the day the time shows.
 */
function wibTimestamp(date: Date): string {
  const shifted = new Date(date.getTime() + 7 * 3_600_000)
  return `${shifted.toISOString().slice(0, 19)}+07:00`
}

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
  // Asked even when the browser says it is offline (the query client would otherwise wait for a
  // network that may never come back during the meeting): a failure is then said at once.
  const again = { networkMode: 'always' as const, ...(fresh ? { staleTime: 0 } : {}) }
  const [catalog, asked] = await Promise.all([
    client.fetchQuery({ ...indicatorQueries.catalog(), ...again }),
    client.fetchQuery({ ...regionQueries.detail(requested), ...again }),
  ])
  const found =
    asked.regions[0] ??
    (await client.fetchQuery({ ...regionQueries.detail(DEFAULT_REGION), ...again })).regions[0]
  const region = found?.code ?? requested
  const codes = found ? lineageOf(found).map((r) => r.code) : [region]
  const [childList, series, children, programs, directives] = await Promise.all([
    settle(client.fetchQuery({ ...regionQueries.children(region), ...again })),
    client.fetchQuery({ ...seriesQueries.list({ regions: codes }), ...again }),
    settle(client.fetchQuery({ ...seriesQueries.list({ parent: region }), ...again })),
    settle(client.fetchQuery({ ...programQueries.list({ region }), ...again })),
    settle(client.fetchQuery({ ...directiveQueries.list({ region }), ...again })),
    // The charts' code is part of the snapshot: once the deck shows, it needs no network.
    loadCharts(),
  ])
  return {
    region,
    takenAt: wibTimestamp(new Date()),
    dataAsOf: series.dataAsOf ?? catalog.dataAsOf,
    indicators: catalog.indicators,
    regions: [...(found ? [found] : []), ...(childList?.regions ?? [])],
    series: series.series,
    children: children?.series ?? [],
    programs,
    directives,
  }
}
