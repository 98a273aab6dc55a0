import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { directiveQueries, type DirectivesResponse } from '@/api/directives'
import { indicatorQueries, type Indicator } from '@/api/indicators'
import { programQueries, type ProgramsResponse } from '@/api/programs'
import { regionQueries, type Region } from '@/api/regions'
import { seriesQueries, type Series } from '@/api/series'
import { lineageOf } from '@/domain/places'
import { loadCharts } from '@/components/charts/chart-slot'

/**
 * Everything a deck shows, fetched once when the briefing starts and then frozen: advancing
 * renders from this object only, so no slide waits, no number changes mid-meeting, and the walk
 * goes on if the network drops. This is the one place server data is copied into component state,
 * on purpose.
 */
export type Snapshot = {
  region: string
  takenAt: string
  dataAsOf: string | null
  indicators: Indicator[]
  regions: Region[]
  /** The region and its ancestors, every indicator. */
  series: Series[]
  /** The region's children, for breakdown slides. */
  children: Series[]
  programs: ProgramsResponse | null
  directives: DirectivesResponse | null
}

type SnapshotState =
  | { status: 'loading' }
  | { status: 'ready'; snapshot: Snapshot }
  | { status: 'error'; error: unknown; retry: () => void }

async function settle<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise
  } catch (error) {
    console.warn('[kinerja] briefing resource unavailable', error)
    return null
  }
}

export function useSnapshot(region: string): SnapshotState {
  const client = useQueryClient()
  const [attempt, setAttempt] = useState(0)
  // The state remembers which start it belongs to; a new region or a retry is loading until it lands.
  const key = `${region}#${attempt}`
  const [state, setState] = useState<{ key: string; value: SnapshotState } | null>(null)

  useEffect(() => {
    let cancelled = false
    void (async () => {
      try {
        const [catalog, detail, childList] = await Promise.all([
          client.fetchQuery(indicatorQueries.catalog()),
          client.fetchQuery(regionQueries.detail(region)),
          client.fetchQuery(regionQueries.children(region)),
        ])
        const self = detail.regions[0]
        const codes = self ? lineageOf(self).map((r) => r.code) : [region]
        const [series, children, programs, directives] = await Promise.all([
          client.fetchQuery(seriesQueries.list({ regions: codes })),
          settle(client.fetchQuery(seriesQueries.list({ parent: region }))),
          settle(client.fetchQuery(programQueries.list({ region }))),
          settle(client.fetchQuery(directiveQueries.list({ region }))),
          // The charts' code is part of the snapshot: once the deck shows, it needs no network.
          loadCharts(),
        ])
        if (cancelled) return
        setState({
          key: `${region}#${attempt}`,
          value: {
            status: 'ready',
            snapshot: {
              region,
              takenAt: new Date().toISOString(),
              dataAsOf: series.dataAsOf,
              indicators: catalog.indicators,
              regions: [...(self ? [self] : []), ...childList.regions],
              series: series.series,
              children: children?.series ?? [],
              programs,
              directives,
            },
          },
        })
      } catch (error) {
        if (!cancelled) {
          setState({
            key: `${region}#${attempt}`,
            value: { status: 'error', error, retry: () => setAttempt((n) => n + 1) },
          })
        }
      }
    })()
    return () => {
      cancelled = true
    }
  }, [client, region, attempt])

  return state?.key === key ? state.value : { status: 'loading' }
}
