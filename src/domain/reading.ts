/**
 * The one reading of the data (docs/decisions/0026-one-reading.md). For an indicator, a region's
 * series and an "as of" period, it decides every fact a view shows about the figure: which
 * observation is the reading and its period; the target in force, with its basis and provenance;
 * the status; the previous reading and the change, marked when either side is synthetic; and the
 * age — how many releases the publisher's calendar expected since, and which one should exist.
 *
 * Cards, indicator pages, compare rankings, briefing slides and their headlines, table twins, CSV
 * and PNG exports all render from these functions; none computes its own copy. Pure: no React, no
 * i18n, no wall clock — "today" is the dataset's day, passed in.
 */
import type { Indicator } from '@/api/indicators'
import type { Observation, Series, Target, TargetBasis } from '@/api/series'
import { addDays } from './dates'
import {
  comparePeriods,
  isAtOrBefore,
  parsePeriod,
  periodContaining,
  periodEndMonth,
  periodKey,
  type Period,
} from './periods'
import { gradeStatus, numericStatus, type Status } from './status'

/** The plans that set targets, the most specific first: the yearly plan sharpens the five-year one. */
const BASIS_PRECEDENCE: ReadonlyArray<TargetBasis> = ['rkpd', 'rpjmd', 'national']

/**
 * The year a figure belongs to, whose target judges it (TPT August 2023 → 2023); null without a
 * figure. Every view asks the reading's year through this, never from the period's text.
 */
export function yearOf(observation: Pick<Observation, 'period'> | null): number | null {
  return observation ? (parsePeriod(observation.period)?.year ?? null) : null
}

/** The target that judges a year: the region's yearly plan (RKPD), its RPJMD, else the nation's. */
export function targetForYear(targets: ReadonlyArray<Target>, year: number | null): Target | null {
  if (year === null) return null
  const ofYear = targets.filter((target) => target.year === year)
  for (const basis of BASIS_PRECEDENCE) {
    const found = ofYear.find((target) => target.basis === basis)
    if (found) return found
  }
  return null
}

function statusOf(
  indicator: Indicator,
  observation: Observation | null,
  target: Target | null,
): Status {
  if (!observation) return 'no-data'
  if (indicator.valueType === 'grade') {
    // Only a reported grade counts: a SAKIP score without its predicate is not given one, since
    // scores before 2022 came from another method (PermenPANRB 12/2015).
    return gradeStatus(observation.grade, indicator.gradeScale ?? [], target?.grade)
  }
  return numericStatus(observation.value, indicator.polarity, target)
}

/** One observation with the facts that judge it: its year's target and its status. */
export type JudgedObservation = {
  observation: Observation
  target: Target | null
  status: Status
}

export function judge(
  indicator: Indicator,
  targets: ReadonlyArray<Target>,
  observation: Observation,
): JudgedObservation {
  const target = targetForYear(targets, yearOf(observation))
  return { observation, target, status: statusOf(indicator, observation, target) }
}

// ---------------------------------------------------------------------------------------------
// Change
// ---------------------------------------------------------------------------------------------

export type Direction = 'up' | 'down' | 'same'

/**
 * A value as it is printed: rounded to the indicator's decimals, half away from zero as Intl's
 * formatters round it. Changes and directions are read on printed values, so a sentence never
 * says "naik" beside two equal printed numbers, and a change is the difference a reader computes.
 */
function printedValue(indicator: Pick<Indicator, 'decimals'>, value: number): number {
  return Number(value.toFixed(indicator.decimals))
}

/** After − before of the printed values, at the indicator's decimals (no float dust). */
function printedDelta(indicator: Pick<Indicator, 'decimals'>, before: number, after: number) {
  const delta = printedValue(
    indicator,
    printedValue(indicator, after) - printedValue(indicator, before),
  )
  return delta === 0 ? 0 : delta
}

/** Which way a figure moved from `before` to `after`, as printed. */
export function directionOf(
  indicator: Pick<Indicator, 'decimals'>,
  before: number,
  after: number,
): Direction {
  const delta = printedDelta(indicator, before, after)
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'same'
}

export type Change = {
  /** The reading it is measured from. */
  from: Observation
  direction: Direction
  /**
   * After − before of the printed values, in the indicator's unit (percentage points for percent
   * indicators), at the indicator's decimals; null for grades.
   */
  delta: number | null
  /** Grade steps up (+) or down (−) the indicator's scale; null for numbers. */
  steps: number | null
  /** Either side is synthetic: the change is not an official one and says so. */
  synthetic: boolean
}

/** How many months one period of the cadence spans (TPT's August rounds recur every 12). */
function cadenceMonths(indicator: Indicator, period: Period): number {
  if (indicator.frequency === 'year') return 12
  if (indicator.frequency === 'semester') return 6
  if (indicator.frequency === 'quarter') return 3
  return period.kind === 'year' ? 12 : 1
}

// ---------------------------------------------------------------------------------------------
// Rounds
// ---------------------------------------------------------------------------------------------

/**
 * The survey round a period key reports, as a key: a yearly key of an indicator whose yearly
 * figures are one month's round (poverty's kab/kota P0 `2023` is Susenas March) becomes that
 * month (`2023-03`); every other key is its own round. Rankings and "same round" comparisons
 * match figures by this key, so a city's `2023` ranks against its province's `2023-03`; a
 * figure's own period (its label, its age, "as of") stays the key it was published under.
 */
export function roundKey(indicator: Pick<Indicator, 'yearRound'>, key: string): string {
  const month = indicator.yearRound
  if (!month) return key
  const period = parsePeriod(key)
  return period?.kind === 'year' ? periodKey({ kind: 'month', year: period.year, month }) : key
}

/**
 * Two periods of the same round, so comparable as such: for a yearly survey published by month
 * (TPT's August round, poverty's March round) the same month (August with August, never with a
 * province's February round; a city's yearly P0 with the province's March); other kinds of
 * period only with their own kind (a year with a year, a month with a month).
 */
export function sameRound(
  indicator: Pick<Indicator, 'frequency' | 'yearRound'>,
  period: string,
  reference: string,
): boolean {
  const a = parsePeriod(roundKey(indicator, period))
  const b = parsePeriod(roundKey(indicator, reference))
  if (!a || !b || a.kind !== b.kind) return false
  if (indicator.frequency === 'year' && a.kind === 'month' && b.kind === 'month') {
    return a.month === b.month
  }
  return true
}

/**
 * The reading before `latest` of the same round (`sameRound`): for TPT's August round the August
 * of an earlier year; otherwise the observation just before.
 */
export function previousReading(
  indicator: Indicator,
  observations: ReadonlyArray<Observation>,
  latest: Observation,
): Observation | null {
  const latestPeriod = parsePeriod(latest.period)
  if (!latestPeriod) return null
  let best: { observation: Observation; period: Period } | null = null
  for (const observation of observations) {
    const period = parsePeriod(observation.period)
    if (!period || !sameRound(indicator, observation.period, latest.period)) continue
    if (comparePeriods(period, latestPeriod) >= 0) continue
    if (!best || comparePeriods(period, best.period) > 0) best = { observation, period }
  }
  return best?.observation ?? null
}

export function changeBetween(
  indicator: Indicator,
  before: Observation,
  after: Observation,
): Change | null {
  const synthetic = before.provenance === 'synthetic' || after.provenance === 'synthetic'
  if (indicator.valueType === 'grade') {
    const scale = indicator.gradeScale ?? []
    const a = before.grade === null ? -1 : scale.indexOf(before.grade)
    const b = after.grade === null ? -1 : scale.indexOf(after.grade)
    if (a < 0 || b < 0) return null
    const steps = b - a
    return {
      from: before,
      direction: steps > 0 ? 'up' : steps < 0 ? 'down' : 'same',
      delta: null,
      steps,
      synthetic,
    }
  }
  if (before.value === null || after.value === null) return null
  const delta = printedDelta(indicator, before.value, after.value)
  return {
    from: before,
    direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same',
    delta,
    steps: null,
    synthetic,
  }
}

// ---------------------------------------------------------------------------------------------
// Age
// ---------------------------------------------------------------------------------------------

export type Age = {
  /** Releases the calendar expected after the reading, up to "as of" and published by today. */
  behind: number
  /** The newest period that should be out (the reading's own period when up to date). */
  expectedPeriod: string
  /** When that period is usually published; null without a calendar for its kind. */
  expectedRelease: string | null
}

function lastDayOfMonth(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12)
  const month = monthIndex % 12 // 0-based: the day before the 1st of the next month
  return new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10)
}

/** The usual release day of a period of this kind, from the indicator's calendar. */
function expectedReleaseOf(indicator: Indicator, period: Period): string | null {
  const lag = indicator.release.lagDays[period.kind]
  if (lag === null) return null
  return addDays(lastDayOfMonth(periodEndMonth(period)), lag)
}

function shift(period: Period, months: number): Period {
  const end = periodEndMonth(period) + months
  return periodContaining(Math.floor(end / 12), (end % 12) + 1, period.kind)
}

/**
 * How far a reading trails the publisher's calendar: the periods of its cadence that ended by
 * "as of" (any time, without one) and whose usual release day is on or before `today`.
 */
export function ageOf(
  indicator: Indicator,
  observation: Observation,
  asOf: Period | null,
  today: string,
): Age | null {
  const period = parsePeriod(observation.period)
  if (!period) return null
  const step = cadenceMonths(indicator, period)
  const limit = asOf ? periodEndMonth(asOf) : Number.POSITIVE_INFINITY
  let behind = 0
  let expected = period
  for (;;) {
    const next = shift(expected, step)
    const release = expectedReleaseOf(indicator, next)
    if (periodEndMonth(next) > limit || release === null || release > today) break
    behind += 1
    expected = next
    if (behind > 1200) break // a hundred years of months: a bad calendar, not a reading
  }
  return {
    behind,
    expectedPeriod: periodKey(expected),
    expectedRelease: expectedReleaseOf(indicator, expected),
  }
}

// ---------------------------------------------------------------------------------------------
// The reading
// ---------------------------------------------------------------------------------------------

export type ReadingOptions = {
  /** The view's "as of" period key; null for the latest. */
  asOf: string | null
  /** The dataset's day (`YYYY-MM-DD`): "today" for ages. */
  today: string
}

export type Reading = JudgedObservation & {
  indicator: Indicator
  regionCode: string
  asOf: string | null
  previous: Observation | null
  change: Change | null
  age: Age | null
}

/** An empty reading: no observation at or before "as of". */
type NoReading = {
  indicator: Indicator
  regionCode: string
  asOf: string | null
  observation: null
  target: null
  status: 'no-data'
  previous: null
  change: null
  age: null
}

export type AnyReading = Reading | NoReading

export function hasReading(reading: AnyReading): reading is Reading {
  return reading.observation !== null
}

function noReading(indicator: Indicator, regionCode: string, asOf: string | null): NoReading {
  return {
    indicator,
    regionCode,
    asOf,
    observation: null,
    target: null,
    status: 'no-data',
    previous: null,
    change: null,
    age: null,
  }
}

/** The reading of `observation` within its series: target, status, previous, change and age. */
export function readObservation(
  indicator: Indicator,
  series: Pick<Series, 'regionCode' | 'observations' | 'targets'>,
  observation: Observation,
  { asOf, today }: ReadingOptions,
): Reading {
  const previous = previousReading(indicator, series.observations, observation)
  return {
    ...judge(indicator, series.targets, observation),
    indicator,
    regionCode: series.regionCode,
    asOf,
    previous,
    change: previous ? changeBetween(indicator, previous, observation) : null,
    age: ageOf(indicator, observation, asOf ? parsePeriod(asOf) : null, today),
  }
}

/**
 * A region's reading of an indicator as of a period: the latest observation whose period ended at
 * or before it (each indicator at its own latest period), or the latest of all without one.
 */
export function readIndicator(
  indicator: Indicator,
  series: Pick<Series, 'regionCode' | 'observations' | 'targets'> | undefined,
  regionCode: string,
  options: ReadingOptions,
): AnyReading {
  if (!series) return noReading(indicator, regionCode, options.asOf)
  const asOf = options.asOf ? parsePeriod(options.asOf) : null
  let latest: { observation: Observation; period: Period } | null = null
  for (const observation of series.observations) {
    const period = parsePeriod(observation.period)
    if (!period || (asOf && !isAtOrBefore(period, asOf))) continue
    if (!latest || comparePeriods(period, latest.period) > 0) latest = { observation, period }
  }
  if (!latest) return noReading(indicator, regionCode, options.asOf)
  return readObservation(indicator, series, latest.observation, options)
}

/**
 * A region's reading at exactly one period (like-for-like comparisons): the observation of that
 * period's round ({@link roundKey}: a city's `2023` P0 for `2023-03`), or none — never a
 * neighbouring one.
 */
export function readAt(
  indicator: Indicator,
  series: Pick<Series, 'regionCode' | 'observations' | 'targets'> | undefined,
  regionCode: string,
  period: string,
  today: string,
): AnyReading {
  const round = roundKey(indicator, period)
  const observation =
    series?.observations.find((o) => o.period === period) ??
    series?.observations.find((o) => roundKey(indicator, o.period) === round)
  if (!series || !observation) return noReading(indicator, regionCode, period)
  return readObservation(indicator, series, observation, { asOf: period, today })
}
