/**
 * Like-for-like rankings (docs/decisions/0030-compare-ranks-one-common-period.md): places ranked by
 * their readings of one common period — never a 2020 value against a 2025 one. A place without a
 * value for that period stays in the list, unranked, with its nearest other reading shown apart.
 */
import type { Indicator } from '@/api/indicators'
import type { RegionRef } from '@/api/regions'
import type { Series } from '@/api/series'
import { compareKeys, isAtOrBefore, parsePeriod, periodKeyMidpoint } from '@/domain/periods'
import { rankBy, type Ranked } from '@/domain/ranking'
import { hasReading, readAt, readObservation, type Reading } from '@/domain/reading'

type PlaceReading = { region: RegionRef; reading: Reading }
type UnrankedPlace = { region: RegionRef; nearest: Reading | null }

export type Ranking = {
  /** The period compared. */
  period: string
  ranked: Array<Ranked<PlaceReading>>
  /** Places without a value for the period, in the order given. */
  missing: UnrankedPlace[]
}

function seriesOf(series: ReadonlyArray<Series>, indicatorId: string, code: string) {
  return series.find((s) => s.regionCode === code && s.indicatorId === indicatorId)
}

/** The periods the places have values for, newest first, with how many places have each. */
export function periodsHeld(
  indicator: Indicator,
  places: ReadonlyArray<Pick<RegionRef, 'code'>>,
  series: ReadonlyArray<Series>,
  asOf: string | null = null,
): Array<{ period: string; count: number }> {
  const limit = asOf ? parsePeriod(asOf) : null
  const counts = new Map<string, number>()
  for (const place of places) {
    const own = seriesOf(series, indicator.id, place.code)
    for (const o of own?.observations ?? []) {
      const period = parsePeriod(o.period)
      if (!period || (limit && !isAtOrBefore(period, limit))) continue
      if (o.value === null && o.grade === null) continue
      counts.set(o.period, (counts.get(o.period) ?? 0) + 1)
    }
  }
  return [...counts]
    .map(([period, count]) => ({ period, count }))
    .sort((a, b) => compareKeys(b.period, a.period))
}

/**
 * The period a ranking compares by default: the latest that most of the places have (more than
 * half), else the one the most places have (the latest of equals); null when none has any value.
 */
export function commonPeriod(
  held: ReadonlyArray<{ period: string; count: number }>,
  places: number,
) {
  const majority = held.find((h) => h.count * 2 > places)
  if (majority) return majority.period
  let best: { period: string; count: number } | null = null
  for (const h of held) if (!best || h.count > best.count) best = h
  return best?.period ?? null
}

/** A comparable number: grades by their place on the scale, bands by distance to the centre. */
function rankingValue(reading: Reading): number | null {
  const { indicator, observation, target } = reading
  if (indicator.valueType === 'grade') {
    const rank = observation.grade ? (indicator.gradeScale ?? []).indexOf(observation.grade) : -1
    return rank >= 0 ? rank : null
  }
  if (observation.value === null) return null
  if (indicator.polarity === 'band' && target?.min != null && target.max != null) {
    return Math.abs(observation.value - (target.min + target.max) / 2)
  }
  return observation.value
}

/** Best first: ascending for lower-is-better and bands, descending for higher-is-better and grades. */
function rankingDirection(indicator: Indicator): 'asc' | 'desc' {
  return indicator.polarity === 'higher' || indicator.valueType === 'grade' ? 'desc' : 'asc'
}

/** The place's reading nearest in time to `period` (earlier on a tie). */
function nearestReading(
  indicator: Indicator,
  own: Series | undefined,
  period: string,
  today: string,
): Reading | null {
  const t0 = periodKeyMidpoint(period)
  if (!own || t0 === null) return null
  let best: { distance: number; t: number; observation: Series['observations'][number] } | null =
    null
  for (const observation of own.observations) {
    const t = periodKeyMidpoint(observation.period)
    if (t === null || observation.period === period) continue
    const distance = Math.abs(t - t0)
    if (!best || distance < best.distance || (distance === best.distance && t < best.t))
      best = { distance, t, observation }
  }
  return best ? readObservation(indicator, own, best.observation, { asOf: null, today }) : null
}

/** Ranks the places by their readings of exactly `period`; ties share a rank (1, 2, 2, 4). */
export function rankAtPeriod(
  indicator: Indicator,
  places: ReadonlyArray<RegionRef>,
  series: ReadonlyArray<Series>,
  period: string,
  today: string,
): Ranking {
  const valued: PlaceReading[] = []
  const missing: UnrankedPlace[] = []
  for (const region of places) {
    const own = seriesOf(series, indicator.id, region.code)
    const reading = readAt(indicator, own, region.code, period, today)
    if (hasReading(reading) && rankingValue(reading) !== null) valued.push({ region, reading })
    else missing.push({ region, nearest: nearestReading(indicator, own, period, today) })
  }
  const byName = [...valued].sort((a, b) => a.region.name.localeCompare(b.region.name, 'id'))
  const ranked = rankBy(byName, (p) => rankingValue(p.reading), rankingDirection(indicator))
  return { period, ranked, missing }
}
