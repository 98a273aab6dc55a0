/**
 * The indicator page's view of one answer of GET /series (the region and its ancestors): the
 * region's reading, the range shown, the region's judged observations, and its comparison with
 * its parents (src/analysis/parents.ts, as the briefing's parents slide compares them).
 */
import type { Indicator } from '@/api/indicators'
import type { Region } from '@/api/regions'
import type { Series } from '@/api/series'
import { parentsView, type ParentsView } from '@/analysis/parents'
import { shownObservations, type ShownObservation } from '@/analysis/series-view'
import { datasetYear } from '@/domain/dates'
import type { Granularity } from '@/domain/periods'
import { resolveViewRange, type RangeSelection, type ViewRange } from '@/domain/ranges'
import type { AnyReading } from '@/domain/reading'

export type IndicatorView = {
  reading: AnyReading
  regionSeries: Series | undefined
  range: ViewRange | null
  /** The region's own figures in the range, every round. */
  shown: ShownObservation[]
  /** The region against its province and the nation, like for like on the region's round. */
  parents: ParentsView
}

export function indicatorView(
  indicator: Indicator,
  series: ReadonlyArray<Series>,
  region: Region,
  selection: RangeSelection & { granularity: Granularity | null },
  today: string,
): IndicatorView {
  const regionSeries = series.find(
    (s) => s.regionCode === region.code && s.indicatorId === indicator.id,
  )
  const range = resolveViewRange(
    selection,
    indicator.frequency,
    (regionSeries?.observations ?? []).map((o) => o.period),
    datasetYear(today),
  )
  const parents = parentsView({
    indicator,
    region,
    series,
    range,
    granularity: selection.granularity,
    asOf: selection.asOf,
    today,
  })
  return {
    reading: parents.reading,
    regionSeries,
    range,
    shown: shownObservations(indicator, regionSeries, range, selection.granularity),
    parents,
  }
}
