/**
 * The indicator page's view of one answer of GET /series (the region and its ancestors): the
 * region's reading, the range shown, the region's judged observations, and the lines of the
 * comparison with its parents — each place with its role, so colours follow roles.
 */
import type { Indicator } from '@/api/indicators'
import type { Region, RegionRef } from '@/api/regions'
import type { Series } from '@/api/series'
import { datasetYear } from '@/domain/dates'
import type { Granularity } from '@/domain/periods'
import { lineageOf, roleOf } from '@/domain/places'
import { resolveViewRange, type RangeSelection, type ViewRange } from '@/domain/ranges'
import { readIndicator, type AnyReading } from '@/domain/reading'
import { shownObservations, type ShownObservation, type TrendLine } from '@/analysis/series-view'

export type IndicatorView = {
  reading: AnyReading
  regionSeries: Series | undefined
  range: ViewRange | null
  shown: ShownObservation[]
  /** The region, then its ancestors up to the nation (at most four lines). */
  lines: TrendLine[]
}

export function indicatorView(
  indicator: Indicator,
  series: ReadonlyArray<Series>,
  region: Region,
  selection: RangeSelection & { granularity: Granularity | null },
  today: string,
): IndicatorView {
  const find = (place: RegionRef) =>
    series.find((s) => s.regionCode === place.code && s.indicatorId === indicator.id)
  const regionSeries = find(region)
  const range = resolveViewRange(
    selection,
    indicator.frequency,
    (regionSeries?.observations ?? []).map((o) => o.period),
    datasetYear(today),
  )
  const lines = lineageOf(region)
    .slice(0, 4)
    .map((place) => ({
      region: place,
      role: roleOf(place.code, region),
      shown: shownObservations(indicator, find(place), range, selection.granularity),
    }))
  return {
    reading: readIndicator(indicator, regionSeries, region.code, {
      asOf: selection.asOf,
      today,
    }),
    regionSeries,
    range,
    shown: lines[0]?.shown ?? [],
    lines,
  }
}
