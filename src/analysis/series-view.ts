import type { Indicator } from '@/api/indicators'
import type { Region, RegionRef } from '@/api/regions'
import type { Observation, Series, Target } from '@/api/series'
import { evaluate, targetForYear, yearOfPeriod } from '@/domain/evaluate'
import { latestAtOrBefore, parsePeriod, type Granularity } from '@/domain/periods'
import { isInRange, toGranularity, type KeyRange } from '@/domain/ranges'
import { rankBy, type Ranked } from '@/domain/ranking'
import type { Status } from '@/domain/status'

export type ShownObservation = Observation & {
  /** The published period behind an end-of-period value. */
  sourcePeriod: string
  target: Target | undefined
  status: Status
}

/** The observations a chart shows: inside the range, at the display granularity, judged by target. */
export function toShownObservations(
  indicator: Indicator,
  series: Series | undefined,
  range: KeyRange | null,
  granularity: Granularity | null,
): ShownObservation[] {
  if (!series || !range) return []
  const inRange = series.observations.filter((o) => isInRange(o.period, range))
  return toGranularity(inRange, indicator.frequency, granularity ?? indicator.frequency).map(
    (o) => {
      const target = targetForYear(series.targets, yearOfPeriod(o.period))
      return { ...o, target, status: evaluate(indicator, o, target) }
    },
  )
}

/** The region, then its ancestors up to the nation (nearest first). */
export function ancestry(region: Region): RegionRef[] {
  return [region, ...[...region.ancestors].reverse()]
}

/** A comparable number for ranking: distance to the band's centre for band indicators. */
export function rankingValue(
  indicator: Indicator,
  observation: Observation,
  target: Target | undefined,
): number | null {
  if (indicator.valueType === 'grade') {
    const grade = observation.grade
    const rank = grade ? (indicator.gradeScale ?? []).indexOf(grade) : -1
    return rank >= 0 ? rank : null
  }
  if (observation.value === null) return null
  if (indicator.polarity === 'band' && target?.min != null && target.max != null) {
    return Math.abs(observation.value - (target.min + target.max) / 2)
  }
  return observation.value
}

export type RankedRegion = {
  region: RegionRef
  observation: Observation
  target: Target | undefined
  status: Status
}

/**
 * Ranks regions by their latest observation at or before `asOfKey`, best first: ascending for
 * lower-is-better and band (distance to centre), descending for higher-is-better and grades.
 */
export function rankRegions(
  indicator: Indicator,
  regions: ReadonlyArray<RegionRef>,
  series: ReadonlyArray<Series>,
  asOfKey: string | null,
): { ranked: Array<Ranked<RankedRegion>>; missing: RegionRef[] } {
  const asOf = asOfKey ? parsePeriod(asOfKey) : null
  const entries: RankedRegion[] = []
  const missing: RegionRef[] = []
  for (const region of regions) {
    const match = series.find((s) => s.regionCode === region.code && s.indicatorId === indicator.id)
    const observation = match ? latestAtOrBefore(match.observations, asOf) : undefined
    if (!match || !observation) {
      missing.push(region)
      continue
    }
    const target = targetForYear(match.targets, yearOfPeriod(observation.period))
    entries.push({ region, observation, target, status: evaluate(indicator, observation, target) })
  }
  const byName = [...entries].sort((a, b) => a.region.name.localeCompare(b.region.name, 'id'))
  const direction =
    indicator.polarity === 'higher' || indicator.valueType === 'grade' ? 'desc' : 'asc'
  const ranked = rankBy(byName, (e) => rankingValue(indicator, e.observation, e.target), direction)
  return { ranked, missing }
}

/** The run of consecutive years, ending at the latest, with the given grade. */
export function gradeStreak(
  observations: ReadonlyArray<Observation>,
  grade: string,
): { count: number; from: string; to: string } | null {
  const yearly = observations
    .map((o) => ({ year: yearOfPeriod(o.period), grade: o.grade }))
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
  return { count, from: String(last.year - count + 1), to: String(last.year) }
}
