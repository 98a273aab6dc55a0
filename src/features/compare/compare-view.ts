/**
 * /compare's view: one indicator, several places, like for like. The ranking compares one common
 * period (the one asked for, else the one most of the places have — src/analysis/ranking.ts); the
 * small multiples share one time axis and one value axis, so panels can be read against each other.
 */
import type { Indicator } from '@/api/indicators'
import type { Region } from '@/api/regions'
import type { Series } from '@/api/series'
import type { TrendPoint } from '@/analysis/trend-data'
import type { Granularity } from '@/domain/periods'
import { roleOf, type PlaceRole } from '@/domain/places'
import { resolveViewRange, type RangeSelection, type ViewRange } from '@/domain/ranges'
import { datasetYear } from '@/domain/dates'
import { readIndicator, type AnyReading } from '@/domain/reading'
import type { I18n } from '@/i18n/i18n'
import { rankLikeForLike, type Ranking } from '@/analysis/ranking'
import {
  shownObservations,
  targetSpans,
  trendPoints,
  type ShownObservation,
} from '@/analysis/series-view'

export type Multiple = {
  region: Region
  role: PlaceRole
  series: Series | undefined
  shown: ShownObservation[]
  points: TrendPoint[]
  /** The place's reading as of the page's period: said when nothing falls in the range shown. */
  latest: AnyReading
}

export type CompareView = {
  held: Array<{ period: string; count: number }>
  /** The period ranked; null when no place has any value. */
  period: string | null
  /** The period the link asks for, as the round it names, when a place has it. */
  asked: string | null
  /** The default period: the one most places share. */
  common: string | null
  /** The period asked for in the link is not held by any place (then the default is used). */
  unknownPeriod: string | null
  ranking: Ranking | null
  range: ViewRange | null
  multiples: Multiple[]
  xDomain: readonly [number, number] | undefined
  yDomain: readonly [number, number] | undefined
}

export function compareView(
  i18n: I18n,
  indicator: Indicator,
  places: ReadonlyArray<Region>,
  selected: Region | undefined,
  series: ReadonlyArray<Series>,
  options: RangeSelection & { at: string | null; granularity: Granularity | null },
  today: string,
): CompareView {
  const { held, period, asked, common, unknownPeriod, ranking } = rankLikeForLike(
    indicator,
    places,
    series,
    { asOf: options.asOf, at: options.at },
    today,
  )
  const find = (code: string) =>
    series.find((s) => s.regionCode === code && s.indicatorId === indicator.id)
  // One "last 5 years" (docs/decisions/0083-one-window-and-honest-grouped-points.md): the window ends at the latest period of the region
  // the view is about (the filter bar's, else the first compared), as on its indicator page and
  // slide — not at the newest any compared place has. Only a region with no value at all lends
  // the anchor to the places beside it.
  const subject = places.find((p) => p.code === selected?.code) ?? places[0]
  const periodsOf = (list: ReadonlyArray<Series | undefined>) =>
    list.flatMap((s) => s?.observations.map((o) => o.period) ?? [])
  const own = periodsOf([subject ? find(subject.code) : undefined])
  const range = resolveViewRange(
    options,
    indicator.frequency,
    own.length > 0 ? own : periodsOf(series),
    datasetYear(today),
  )
  const multiples = places.map((region): Multiple => {
    const own = find(region.code)
    const shown = shownObservations(indicator, own, range, options.granularity)
    const role = selected ? roleOf(region.code, selected) : 'peer'
    return {
      region,
      role,
      series: own,
      shown,
      points: trendPoints(i18n, [{ region, role, shown }]),
      latest: readIndicator(indicator, own, region.code, { asOf: options.asOf, today }),
    }
  })
  const times = multiples.flatMap((m) => m.points.map((p) => p.t))
  const values = multiples.flatMap((m) => [
    ...m.points.flatMap((p) => Object.values(p.values).filter((v): v is number => v !== null)),
    ...targetSpans(m.series, m.points).flatMap((span) => [
      ...(span.value !== null ? [span.value] : []),
      ...(span.band ?? []),
    ]),
  ])
  const pad = { month: 0.5, quarter: 1.5, semester: 3, year: 6 }[indicator.frequency]
  return {
    held,
    period,
    asked,
    common,
    unknownPeriod,
    ranking,
    range,
    multiples,
    xDomain: times.length > 0 ? [Math.min(...times) - pad, Math.max(...times) + pad] : undefined,
    yDomain: values.length > 0 ? [Math.min(...values), Math.max(...values)] : undefined,
  }
}
