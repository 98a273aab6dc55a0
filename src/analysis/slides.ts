/**
 * What each briefing slide says, built from the shared readings (README, decision "One reading"):
 * a slide never computes its own latest, target, status, change, age or ranking. The slide
 * components only lay these out on the canvas.
 */
import type { Indicator } from '@/api/indicators'
import type { Region, RegionRef } from '@/api/regions'
import type { Observation, Series } from '@/api/series'
import type { TargetSpan, TrendPoint, TrendSeries } from '@/components/charts/chart-types'
import { lineageOf, placeName, placeShortName, roleOf } from '@/domain/places'
import { resolveViewRange } from '@/domain/ranges'
import { readAt, readIndicator, type AnyReading } from '@/domain/reading'
import type { I18n } from '@/i18n/i18n'
import { formatObservation } from '@/i18n/format-indicator'
import { headline } from './headline'
import { commonPeriod, periodsHeld, rankAtPeriod, type Ranking } from './ranking'
import {
  shownObservations,
  targetSpans,
  trendPoints,
  trendSeries,
  type ShownObservation,
  type TrendLine,
} from './series-view'

/** How many years a slide's trend shows. */
const SLIDE_RANGE = 'last-5-years' as const

export type SlideData = {
  indicators: ReadonlyArray<Indicator>
  region: Region
  /** The region and its ancestors, every indicator. */
  series: ReadonlyArray<Series>
  /** The region's children (kecamatan, kota administrasi). */
  childRegions: ReadonlyArray<RegionRef>
  childSeries: ReadonlyArray<Series>
  /** The view's "as of" (null for the latest) and the dataset's day. */
  asOf: string | null
  today: string
}

function seriesOf(data: SlideData, code: string, indicatorId: string) {
  return data.series.find((s) => s.regionCode === code && s.indicatorId === indicatorId)
}

/** Does anything the slide draws or says come from synthetic data? */
function anySynthetic(
  judged: ReadonlyArray<{ observation: Observation; target?: { provenance: string } | null }>,
): boolean {
  return judged.some(
    (j) => j.observation.provenance === 'synthetic' || j.target?.provenance === 'synthetic',
  )
}

export type TrendModel = {
  points: TrendPoint[]
  series: TrendSeries[]
  targets: TargetSpan[]
}

function trendModel(i18n: I18n, lines: ReadonlyArray<TrendLine>, targetsOf?: Series): TrendModel {
  const points = trendPoints(i18n, lines)
  return {
    points,
    series: trendSeries(lines, true),
    targets: targetsOf ? targetSpans(targetsOf, points) : [],
  }
}

export type IndicatorSlideModel = {
  kind: 'indicator'
  indicator: Indicator
  reading: AnyReading
  headline: string
  trend: TrendModel
  shown: ShownObservation[]
  synthetic: boolean
}

/** The region's reading, its headline and its trend of the last five years against the target. */
export function indicatorSlide(
  i18n: I18n,
  data: SlideData,
  indicator: Indicator,
): IndicatorSlideModel {
  const own = seriesOf(data, data.region.code, indicator.id)
  const reading = readIndicator(indicator, own, data.region.code, {
    asOf: data.asOf,
    today: data.today,
  })
  const range = resolveViewRange(
    { from: null, to: null, range: SLIDE_RANGE, asOf: data.asOf },
    indicator.frequency,
    (own?.observations ?? []).map((o) => o.period),
    Number(data.today.slice(0, 4)),
  )
  const shown = shownObservations(indicator, own, range, null)
  const trend = trendModel(i18n, [{ region: data.region, role: 'region', shown }], own)
  return {
    kind: 'indicator',
    indicator,
    reading,
    headline: headline(i18n, reading, own?.observations ?? []),
    trend,
    shown,
    synthetic: anySynthetic(shown) || (reading.observation ? anySynthetic([reading]) : false),
  }
}

export type ParentsSlideModel = {
  kind: 'parents'
  indicator: Indicator
  reading: AnyReading
  /** Each place's reading at the region's period (like for like), region first. */
  places: Array<{ region: RegionRef; reading: AnyReading }>
  headline: string
  trend: TrendModel
  synthetic: boolean
}

/**
 * The region against its province and the nation: its own headline compares the three at the
 * region's latest period, and the lines share one time axis.
 */
export function parentsSlide(i18n: I18n, data: SlideData, indicator: Indicator): ParentsSlideModel {
  const own = seriesOf(data, data.region.code, indicator.id)
  const reading = readIndicator(indicator, own, data.region.code, {
    asOf: data.asOf,
    today: data.today,
  })
  const lineage = lineageOf(data.region).slice(0, 4)
  const period = reading.observation?.period ?? null
  const places = lineage.map((place) => ({
    region: place,
    reading: period
      ? readAt(indicator, seriesOf(data, place.code, indicator.id), place.code, period, data.today)
      : readIndicator(indicator, undefined, place.code, { asOf: data.asOf, today: data.today }),
  }))
  const range = resolveViewRange(
    { from: null, to: null, range: SLIDE_RANGE, asOf: data.asOf },
    indicator.frequency,
    (own?.observations ?? []).map((o) => o.period),
    Number(data.today.slice(0, 4)),
  )
  const lines: TrendLine[] = lineage.map((place) => ({
    region: place,
    role: roleOf(place.code, data.region),
    shown: shownObservations(indicator, seriesOf(data, place.code, indicator.id), range, null),
  }))
  const name = indicator.shortName[i18n.locale]
  const said = places
    .filter((p) => p.reading.observation)
    .map((p) =>
      i18n.t('slide.parents.valueOf', {
        region: placeShortName(p.region),
        value: formatObservation(i18n, indicator, p.reading.observation!),
      }),
    )
  const missing = places.filter((p) => !p.reading.observation).map((p) => placeShortName(p.region))
  const text = period
    ? i18n.t('slide.parents.headline', {
        name,
        period: i18n.period(period),
        values: said.join(', '),
      }) +
      (missing.length > 0
        ? `; ${i18n.t('slide.parents.missing', { regions: missing.join(', ') })}`
        : '')
    : i18n.t('headline.noData', { name })
  return {
    kind: 'parents',
    indicator,
    reading,
    places,
    headline: text,
    trend: trendModel(i18n, lines),
    synthetic: anySynthetic(lines.flatMap((l) => l.shown)),
  }
}

export type BreakdownSlideModel = {
  kind: 'breakdown'
  indicator: Indicator
  reading: AnyReading
  ranking: Ranking | null
  /** The region's own reading of the ranked period (the reference line). */
  own: AnyReading | null
  headline: string
  synthetic: boolean
}

/** The children ranked on one common period; the headline names the highest and the lowest. */
export function breakdownSlide(
  i18n: I18n,
  data: SlideData,
  indicator: Indicator,
): BreakdownSlideModel {
  const ownSeries = seriesOf(data, data.region.code, indicator.id)
  const reading = readIndicator(indicator, ownSeries, data.region.code, {
    asOf: data.asOf,
    today: data.today,
  })
  const name = indicator.shortName[i18n.locale]
  const held = periodsHeld(indicator, data.childRegions, data.childSeries, data.asOf)
  const period = commonPeriod(held, data.childRegions.length)
  if (!period || indicator.valueType === 'grade') {
    return {
      kind: 'breakdown',
      indicator,
      reading,
      ranking: null,
      own: null,
      headline: i18n.t('breakdown.empty', { region: placeName(data.region) }),
      synthetic: false,
    }
  }
  const ranking = rankAtPeriod(indicator, data.childRegions, data.childSeries, period, data.today)
  const own = readAt(indicator, ownSeries, data.region.code, period, data.today)
  const byValue = [...ranking.ranked].sort(
    (a, b) => (a.item.reading.observation.value ?? 0) - (b.item.reading.observation.value ?? 0),
  )
  const low = byValue[0]?.item
  const high = byValue.at(-1)?.item
  const headlineText =
    high && low
      ? i18n.t('slide.breakdown.headline', {
          name,
          period: i18n.period(period),
          high: placeShortName(high.region),
          highValue: formatObservation(i18n, indicator, high.reading.observation),
          low: placeShortName(low.region),
          lowValue: formatObservation(i18n, indicator, low.reading.observation),
          region: placeShortName(data.region),
          regionValue: own.observation
            ? formatObservation(i18n, indicator, own.observation)
            : i18n.t('compare.noValue'),
        })
      : i18n.t('breakdown.empty', { region: placeName(data.region) })
  return {
    kind: 'breakdown',
    indicator,
    reading,
    ranking,
    own,
    headline: headlineText,
    synthetic: anySynthetic(ranking.ranked.map((r) => r.item.reading)),
  }
}
