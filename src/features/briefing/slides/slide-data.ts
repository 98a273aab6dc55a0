import type { SlideData } from './slide-models'
import type { Region } from '@/api/regions'
import { dayOf } from '@/domain/dates'
import type { Snapshot } from '../snapshot/snapshot'

/** The region a snapshot is about, with its ancestors. */
export function snapshotRegion(snapshot: Snapshot): Region | undefined {
  return snapshot.regions.find((r) => r.code === snapshot.region)
}

/**
 * What the indicator slides read from a snapshot: the readings as of `asOf` (the page's period, as
 * on every other page), else each indicator's latest, on the dataset's day.
 */
export function slideData(snapshot: Snapshot, asOf: string | null): SlideData | null {
  const region = snapshotRegion(snapshot)
  if (!region) return null
  return {
    indicators: snapshot.indicators,
    region,
    series: snapshot.series,
    childRegions: snapshot.regions.filter((r) => r.parentCode === snapshot.region),
    childSeries: snapshot.children,
    asOf,
    today: dayOf(snapshot.dataAsOf ?? snapshot.takenAt),
  }
}
