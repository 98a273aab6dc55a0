/**
 * Like-for-like rankings (docs/decisions/0030-compare-ranks-one-common-period.md, amended by
 * docs/decisions/0060-one-like-for-like-rule.md): places ranked by their readings of one common
 * period — never a 2020 value against a 2025 one, never a grade against a score. A place without a
 * rankable figure for that period stays in the list, unranked, with its nearest rankable figure
 * shown apart.
 */
import type { Indicator } from '@/api/indicators'
import type { RegionRef } from '@/api/regions'
import type { Observation, Series } from '@/api/series'
import { compareKeys, isAtOrBefore, parsePeriod, periodKeyMidpoint } from '@/domain/periods'
import { rankBy, type Ranked } from '@/domain/ranking'
import {
  hasReading,
  readAt,
  readObservation,
  roundKey,
  type AnyReading,
  type Reading,
} from '@/domain/reading'

/**
 * What a ranking compares: a number by its value; a graded indicator by its score when the places'
 * figures carry scores (SAKIP: the predicate is a band of the score), else by its grade (BPK
 * opinions). One measure per ranking: a grade is never ranked against a score.
 */
export type RankingMeasure = 'value' | 'grade'

export type PlaceReading = { region: RegionRef; reading: Reading }
export type UnrankedPlace = {
  region: RegionRef
  /** Its figure of the period, when it has one the measure cannot rank (a predicate without its score). */
  atPeriod: Reading | null
  /** Its rankable figure nearest in time (earlier on a tie). */
  nearest: Reading | null
}

export type Ranking = {
  /** The period compared, as a round key (`2023-03` for poverty's March round). */
  period: string
  measure: RankingMeasure
  ranked: Array<Ranked<PlaceReading>>
  /** Places without a rankable figure for the period, in the order given. */
  missing: UnrankedPlace[]
}

function seriesOf(series: ReadonlyArray<Series>, indicatorId: string, code: string) {
  return series.find((s) => s.regionCode === code && s.indicatorId === indicatorId)
}

/** The measure a ranking of these places uses ({@link RankingMeasure}). */
function rankingMeasure(
  indicator: Indicator,
  places: ReadonlyArray<Pick<RegionRef, 'code'>>,
  series: ReadonlyArray<Series>,
): RankingMeasure {
  if (indicator.valueType === 'number') return 'value'
  const scored = places.some((place) =>
    seriesOf(series, indicator.id, place.code)?.observations.some((o) => o.value !== null),
  )
  return scored ? 'value' : 'grade'
}

/** The figure's place on the measure's scale, before any band: null when it has none. */
function measured(
  indicator: Indicator,
  measure: RankingMeasure,
  observation: Observation,
): number | null {
  if (measure === 'grade') {
    const rank = observation.grade ? (indicator.gradeScale ?? []).indexOf(observation.grade) : -1
    return rank >= 0 ? rank : null
  }
  return observation.value
}

/** A comparable number: grades by their place on the scale, bands by distance to the centre. */
function rankingValue(reading: Reading, measure: RankingMeasure): number | null {
  const { indicator, observation, target } = reading
  const value = measured(indicator, measure, observation)
  if (value === null) return null
  if (
    measure === 'value' &&
    indicator.polarity === 'band' &&
    target?.min != null &&
    target.max != null
  ) {
    return Math.abs(value - (target.min + target.max) / 2)
  }
  return value
}

/**
 * The periods (rounds) the places have rankable figures for, newest first, with how many places
 * have each. A city's yearly poverty figure counts for its March round ({@link roundKey}).
 */
export function periodsHeld(
  indicator: Indicator,
  places: ReadonlyArray<Pick<RegionRef, 'code'>>,
  series: ReadonlyArray<Series>,
  asOf: string | null = null,
): Array<{ period: string; count: number }> {
  const measure = rankingMeasure(indicator, places, series)
  const limit = asOf ? parsePeriod(asOf) : null
  const counts = new Map<string, number>()
  for (const place of places) {
    const own = seriesOf(series, indicator.id, place.code)
    const rounds = new Set<string>()
    for (const o of own?.observations ?? []) {
      const period = parsePeriod(o.period)
      if (!period || (limit && !isAtOrBefore(period, limit))) continue
      if (measured(indicator, measure, o) === null) continue
      rounds.add(roundKey(indicator, o.period))
    }
    for (const round of rounds) counts.set(round, (counts.get(round) ?? 0) + 1)
  }
  return [...counts]
    .map(([period, count]) => ({ period, count }))
    .sort((a, b) => compareKeys(b.period, a.period))
}

/**
 * The period a ranking compares by default: the one the most places have a rankable figure for,
 * the latest of equals; null when none has any.
 */
export function commonPeriod(held: ReadonlyArray<{ period: string; count: number }>) {
  let best: { period: string; count: number } | null = null
  // Newest first: a later period wins only with more places.
  for (const h of held) if (!best || h.count > best.count) best = h
  return best?.period ?? null
}

/** Best first: ascending for lower-is-better and bands, descending for higher-is-better and grades. */
function rankingDirection(indicator: Indicator): 'asc' | 'desc' {
  return indicator.polarity === 'higher' || indicator.valueType === 'grade' ? 'desc' : 'asc'
}

/**
 * The place's rankable reading nearest in time to `period` (earlier on a tie), of another round:
 * what a place without that period shows instead, labelled with its own period (decision 30), in a
 * ranking and beside a region's parents alike.
 */
export function nearestReading(
  indicator: Indicator,
  measure: RankingMeasure,
  own: Series | undefined,
  period: string,
  today: string,
): Reading | null {
  const t0 = periodKeyMidpoint(period)
  if (!own || t0 === null) return null
  let best: { distance: number; t: number; observation: Observation } | null = null
  for (const observation of own.observations) {
    const round = roundKey(indicator, observation.period)
    const t = periodKeyMidpoint(round)
    if (t === null || round === period) continue
    if (measured(indicator, measure, observation) === null) continue
    const distance = Math.abs(t - t0)
    if (!best || distance < best.distance || (distance === best.distance && t < best.t))
      best = { distance, t, observation }
  }
  return best ? readObservation(indicator, own, best.observation, { asOf: null, today }) : null
}

/** Ranks the places by their readings of exactly `period`'s round; ties share a rank (1, 2, 2, 4). */
export function rankAtPeriod(
  indicator: Indicator,
  places: ReadonlyArray<RegionRef>,
  series: ReadonlyArray<Series>,
  period: string,
  today: string,
): Ranking {
  const measure = rankingMeasure(indicator, places, series)
  const round = roundKey(indicator, period)
  const valued: PlaceReading[] = []
  const missing: UnrankedPlace[] = []
  for (const region of places) {
    const own = seriesOf(series, indicator.id, region.code)
    const reading: AnyReading = readAt(indicator, own, region.code, round, today)
    if (hasReading(reading) && rankingValue(reading, measure) !== null) {
      valued.push({ region, reading })
    } else {
      missing.push({
        region,
        atPeriod: hasReading(reading) ? reading : null,
        nearest: nearestReading(indicator, measure, own, round, today),
      })
    }
  }
  const byName = [...valued].sort((a, b) => a.region.name.localeCompare(b.region.name, 'id'))
  const ranked = rankBy(
    byName,
    (p) => rankingValue(p.reading, measure),
    rankingDirection(indicator),
  )
  return { period: round, measure, ranked, missing }
}

export type LikeForLike = {
  /** The rounds the places have, newest first, with how many places have each. */
  held: Array<{ period: string; count: number }>
  /** The period ranked (the one asked for when a place has it, else `common`); null when no place has any figure. */
  period: string | null
  /** The default: the period most places share ({@link commonPeriod}). */
  common: string | null
  /** The period asked for, as the round it names, when a place has it; null otherwise. */
  asked: string | null
  /** A period asked for that no place has (then the default is ranked). */
  unknownPeriod: string | null
  ranking: Ranking | null
}

/**
 * The one like-for-like ranking rule of compare, the breakdown and its slide: the rounds held up to
 * "as of", the period asked for or the one most places share, and the ranking at it.
 */
export function rankLikeForLike(
  indicator: Indicator,
  places: ReadonlyArray<RegionRef>,
  series: ReadonlyArray<Series>,
  options: { asOf: string | null; at?: string | null },
  today: string,
): LikeForLike {
  const held = periodsHeld(indicator, places, series, options.asOf)
  const at = options.at ? roundKey(indicator, options.at) : null
  const asked = at && held.some((h) => h.period === at) ? at : null
  const common = commonPeriod(held)
  const period = asked ?? common
  return {
    held,
    period,
    common,
    asked,
    unknownPeriod: options.at && !asked ? options.at : null,
    ranking: period ? rankAtPeriod(indicator, places, series, period, today) : null,
  }
}
