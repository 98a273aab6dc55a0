/**
 * View builders over the API types (the one selector layer between the reading rules and the
 * views): which observations a chart shows, judged by their targets; trend points on the time
 * axis; target spans; grade streaks.
 */
import type { Indicator } from '@/api/indicators'
import type { RegionRef } from '@/api/regions'
import type { Observation, Series } from '@/api/series'
import type { TargetSpan, TrendPoint, TrendSeries } from '@/analysis/trend-data'
import type { Granularity } from '@/domain/periods'
import { compareKeys, periodKeyMidpoint, periodSpan } from '@/domain/periods'
import { placeName, placeShortName, type PlaceRole } from '@/domain/places'
import { isInRange, toGranularity, type KeyRange } from '@/domain/ranges'
import { judge, targetForYear, yearOf, type JudgedObservation } from '@/domain/reading'
import type { I18n } from '@/i18n/i18n'
import { observationPeriod } from '@/i18n/format-indicator'

export type ShownObservation = JudgedObservation & {
  /** The published period behind an end-of-period value (display granularity coarser than native). */
  sourcePeriod: string
}

/** The observations a chart shows: inside the range, at the display granularity, judged by target. */
export function shownObservations(
  indicator: Indicator,
  series: Pick<Series, 'observations' | 'targets'> | undefined,
  range: KeyRange | null,
  granularity: Granularity | null,
): ShownObservation[] {
  if (!series || !range) return []
  const inRange = series.observations.filter((o) => isInRange(o.period, range))
  return toGranularity(inRange, indicator.frequency, granularity ?? indicator.frequency).map(
    ({ sourcePeriod, ...observation }) => ({
      ...judge(indicator, series.targets, observation),
      sourcePeriod,
    }),
  )
}

/** A line of a trend chart: a place, its role (its colour), its shown observations. */
export type TrendLine = {
  region: RegionRef
  role: PlaceRole
  shown: ReadonlyArray<ShownObservation>
}

/** The lines as chart series, named with their level ("Prov. Jawa Barat"). */
export function trendSeries(lines: ReadonlyArray<TrendLine>, short = false): TrendSeries[] {
  return lines.map((line) => ({
    id: line.region.code,
    label: short ? placeShortName(line.region) : placeName(line.region),
    role: line.role,
  }))
}

/** The points of one or more lines on the time axis: one point per period any line has. */
export function trendPoints(i18n: I18n, lines: ReadonlyArray<TrendLine>): TrendPoint[] {
  const byKey = new Map<string, TrendPoint>()
  for (const line of lines) {
    for (const { observation } of line.shown) {
      const t = periodKeyMidpoint(observation.period)
      if (t === null) continue
      let point = byKey.get(observation.period)
      if (!point) {
        point = {
          t,
          key: observation.period,
          label: observationPeriod(i18n, observation),
          values: {},
          synthetic: {},
        }
        byKey.set(observation.period, point)
      }
      point.values[line.region.code] = observation.value
      point.synthetic![line.region.code] = observation.provenance === 'synthetic'
    }
  }
  const points = [...byKey.values()].sort((a, b) => a.t - b.t)
  for (const point of points) for (const line of lines) point.values[line.region.code] ??= null
  return points
}

/**
 * The targets of a series as steps on the time axis: each year's target from where that year's
 * stretch of the chart begins to where it ends, clipped to the data shown — a step never runs
 * past the last point, nor starts before the first.
 */
export function targetSpans(
  series: Pick<Series, 'targets'> | undefined,
  points: ReadonlyArray<Pick<TrendPoint, 't'>>,
): TargetSpan[] {
  if (!series || points.length === 0) return []
  const first = Math.min(...points.map((p) => p.t))
  const last = Math.max(...points.map((p) => p.t))
  const spans: TargetSpan[] = []
  for (let year = Math.floor(first / 12); year * 12 <= last; year += 1) {
    const target = targetForYear(series.targets, year)
    if (!target || (target.value === null && (target.min === null || target.max === null))) continue
    const [start, end] = periodSpan({ kind: 'year', year })
    const from = Math.max(start, first)
    const to = Math.min(end, last)
    if (to < from) continue
    spans.push({
      from,
      to,
      value: target.value,
      band: target.min !== null && target.max !== null ? [target.min, target.max] : null,
    })
  }
  return spans
}

export type GradeStreak = { grade: string; count: number; from: string; to: string }

/**
 * The run of consecutive years at the indicator's best grade (the top of its scale: WTP for the
 * audit opinion, AA for SAKIP) that ends at the figure of `upTo`: "WTP 9 kali berturut-turut".
 * Null unless that figure has the best grade two years or more in a row.
 */
export function bestGradeStreak(
  indicator: Pick<Indicator, 'gradeScale'>,
  observations: ReadonlyArray<Observation>,
  upTo: string,
): GradeStreak | null {
  const grade = indicator.gradeScale?.at(-1)
  if (!grade) return null
  const yearly = observations
    .filter((o) => compareKeys(o.period, upTo) <= 0)
    .map((o) => ({ year: yearOf(o), grade: o.grade }))
    .filter((o): o is { year: number; grade: string | null } => o.year !== null)
    .sort((a, b) => a.year - b.year)
  const last = yearly.at(-1)
  if (!last || last.grade !== grade) return null
  let count = 1
  for (let i = yearly.length - 2; i >= 0; i -= 1) {
    const item = yearly[i]
    const next = yearly[i + 1]
    if (!item || !next || item.grade !== grade || item.year !== next.year - 1) break
    count += 1
  }
  return count < 2
    ? null
    : { grade, count, from: String(last.year - count + 1), to: String(last.year) }
}
