/**
 * A region's breakdown, like for like (docs/decisions/0030-compare-ranks-one-common-period.md): its
 * child regions (kecamatan, kota administrasi) ranked on one common period, the highest and the
 * lowest figure, and the region's own reading of that period for the reference lines. The
 * indicator page's breakdown and the briefing's breakdown slide both render from this one view
 * model.
 */
import type { Indicator } from '@/api/indicators'
import type { RegionRef } from '@/api/regions'
import type { Series } from '@/api/series'
import { readAt, type AnyReading } from '@/domain/reading'
import { rankLikeForLike, type PlaceReading, type Ranking } from './ranking'

export type BreakdownView = {
  /** The period every child is compared on. */
  period: string
  ranking: Ranking
  /** The highest and the lowest figure of the ranked children (by value, whatever the polarity). */
  high: PlaceReading
  low: PlaceReading
  /** The region's own reading of the ranked period: a reference line, with its target. */
  own: AnyReading
}

export type BreakdownInput = {
  indicator: Indicator
  region: Pick<RegionRef, 'code'>
  childRegions: ReadonlyArray<RegionRef>
  childSeries: ReadonlyArray<Series>
  regionSeries: Series | undefined
  /** The view's "as of": the latest common period at or before it is compared. */
  asOf: string | null
  /** The dataset's day. */
  today: string
}

/**
 * The breakdown of a region's children, or null when there is none to draw: a grade, no child
 * with a figure at or before "as of", or none ranked on the common period.
 */
export function breakdownView(input: BreakdownInput): BreakdownView | null {
  const { indicator, childRegions, childSeries, today } = input
  if (indicator.valueType === 'grade') return null
  const { period, ranking } = rankLikeForLike(
    indicator,
    childRegions,
    childSeries,
    { asOf: input.asOf },
    today,
  )
  if (!period || !ranking) return null
  const byValue = [...ranking.ranked].sort(
    (a, b) => (a.item.reading.observation.value ?? 0) - (b.item.reading.observation.value ?? 0),
  )
  const low = byValue[0]?.item
  const high = byValue.at(-1)?.item
  if (!low || !high) return null
  const own = readAt(indicator, input.regionSeries, input.region.code, period, today)
  return { period, ranking, high, low, own }
}
