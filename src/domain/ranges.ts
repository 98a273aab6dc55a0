import {
  GRANULARITIES,
  parsePeriod,
  periodContaining,
  periodEndMonth,
  periodKey,
  periodStartMonth,
  previousPeriod,
  sortByPeriod,
  type Granularity,
  type Period,
} from './periods'

/** Relative ranges, by stable id (also their URL value in `range=`). */
const RANGE_PRESETS = [
  'last-12-months',
  'last-4-quarters',
  'last-5-years',
  'last-10-years',
  'this-year',
] as const
export type RangePreset = (typeof RANGE_PRESETS)[number]
export const DEFAULT_PRESET: RangePreset = 'last-5-years'

export function isRangePreset(value: string): value is RangePreset {
  return (RANGE_PRESETS as ReadonlyArray<string>).includes(value)
}

export type KeyRange = { from: string; to: string }

/** How many native periods each preset spans. */
const SPAN: Record<Exclude<RangePreset, 'this-year'>, Record<Granularity, number>> = {
  'last-12-months': { month: 12, quarter: 4, semester: 2, year: 1 },
  'last-4-quarters': { month: 12, quarter: 4, semester: 2, year: 1 },
  'last-5-years': { month: 60, quarter: 20, semester: 10, year: 5 },
  'last-10-years': { month: 120, quarter: 40, semester: 20, year: 10 },
}

/**
 * The presets that mean something at a frequency (docs/decisions/0032-one-period-model.md): a yearly
 * series has no "last 12 months" (one dot) and no "this year" (one dot or none).
 */
const PRESETS_BY_FREQUENCY: Record<Granularity, ReadonlyArray<RangePreset>> = {
  month: ['last-12-months', 'last-4-quarters', 'last-5-years', 'this-year'],
  quarter: ['last-4-quarters', 'last-5-years', 'this-year'],
  semester: ['last-5-years', 'last-10-years', 'this-year'],
  year: ['last-5-years', 'last-10-years'],
}

export function presetsFor(frequency: Granularity): ReadonlyArray<RangePreset> {
  return PRESETS_BY_FREQUENCY[frequency]
}

function endMonthParts(period: Period): { year: number; month: number } {
  const end = periodEndMonth(period)
  return { year: Math.floor(end / 12), month: (end % 12) + 1 }
}

/**
 * Resolves a relative preset for one indicator at its native frequency, ending at `anchor` (the
 * indicator's latest period at or before the view's "as of"; for "this year", the view's year).
 * "Last 4 quarters" of a monthly series ends at the last complete quarter; of a yearly series it
 * is the anchor's year.
 */
export function resolvePreset(
  preset: RangePreset,
  frequency: Granularity,
  anchor: Period,
): KeyRange {
  let { year, month } = endMonthParts(anchor)
  if (preset === 'last-4-quarters' && frequency === 'month' && month % 3 !== 0) {
    // Step back to the end of the last complete quarter.
    const end = year * 12 + (month - 1) - (month % 3)
    year = Math.floor(end / 12)
    month = (end % 12) + 1
  }
  const to = periodContaining(year, month, frequency)
  if (preset === 'this-year') {
    return { from: periodKey(periodContaining(year, 1, frequency)), to: periodKey(to) }
  }
  let from = to
  for (let i = 1; i < SPAN[preset][frequency]; i += 1) from = previousPeriod(from)
  return { from: periodKey(from), to: periodKey(to) }
}

/** True when the period ends inside the range (inclusive at both ends, by month). */
export function isInRange(key: string, range: KeyRange): boolean {
  const period = parsePeriod(key)
  const from = parsePeriod(range.from)
  const to = parsePeriod(range.to)
  if (!period || !from || !to) return false
  const end = periodEndMonth(period)
  return end >= periodStartMonth(from) && end <= periodEndMonth(to)
}

const RANK: Record<Granularity, number> = { month: 0, quarter: 1, semester: 2, year: 3 }

export function isCoarser(a: Granularity, b: Granularity): boolean {
  return RANK[a] > RANK[b]
}

export { GRANULARITIES }

/**
 * Re-expresses a series at a coarser granularity by its end-of-period value (BPS convention: the
 * yearly inflation is December's y/y). A group the series does not reach the end of (the current
 * year with data to July, a quarter with its last month missing) is not passed off as the group:
 * its point keeps the period it was taken from ("Juli 2025", never "2025"), so the axis, the
 * tooltip, the table, the sentence and the CSV all say the month (docs/decisions/0083-one-window-and-honest-grouped-points.md). A
 * granularity finer than or equal to the native one leaves the series as it is: values are never
 * disaggregated or invented. `sourcePeriod` is the published period behind every point.
 */
export function toGranularity<T extends { period: string }>(
  items: ReadonlyArray<T>,
  native: Granularity,
  granularity: Granularity,
): Array<T & { sourcePeriod: string }> {
  const sorted = sortByPeriod(items)
  if (!isCoarser(granularity, native))
    return sorted.map((item) => ({ ...item, sourcePeriod: item.period }))
  const byBucket = new Map<string, T & { sourcePeriod: string }>()
  for (const item of sorted) {
    const period = parsePeriod(item.period)
    if (!period) continue
    const { year, month } = endMonthParts(period)
    const bucket = periodContaining(year, month, granularity)
    const ends = periodEndMonth(period) === periodEndMonth(bucket)
    byBucket.set(periodKey(bucket), {
      ...item,
      period: ends ? periodKey(bucket) : item.period,
      sourcePeriod: item.period,
    })
  }
  return [...byBucket.values()]
}

export type RangeSelection = {
  from: string | null
  to: string | null
  range: RangePreset | null
  /** The view's "as of" period key. */
  asOf: string | null
}

export type ViewRange = KeyRange & {
  /** The preset used (null for a custom range). */
  preset: RangePreset | null
  /** A preset asked for that means nothing at this frequency, replaced by the default. */
  ignored: RangePreset | null
}

/**
 * The range a view shows for one indicator — the one definition of "last 5 years" and every other
 * preset (docs/decisions/0083-one-window-and-honest-grouped-points.md): a custom from–to as given; else the preset (default last 5 years)
 * at the indicator's frequency, anchored on the latest of `periods` at or before "as of", where
 * `periods` are those of the region the view is about (the indicator page's region, the slide's,
 * /compare's own region among those compared), never the newest of every place drawn beside it.
 * "This year" is the view's year: the year of "as of", else the dataset's current year — never the
 * wall clock, never the year of whatever data happens to be latest. A preset the frequency has no
 * use for falls back to the default and is reported. Null when there is nothing to anchor on.
 */
export function resolveViewRange(
  selection: RangeSelection,
  frequency: Granularity,
  periods: ReadonlyArray<string>,
  datasetYear: number,
): ViewRange | null {
  if (selection.from && selection.to) {
    return { from: selection.from, to: selection.to, preset: null, ignored: null }
  }
  const asked = selection.range ?? DEFAULT_PRESET
  const fits = presetsFor(frequency).includes(asked)
  const preset = fits ? asked : DEFAULT_PRESET
  const ignored = fits ? null : asked
  const asOf = selection.asOf ? parsePeriod(selection.asOf) : null
  if (preset === 'this-year') {
    const year = asOf?.year ?? datasetYear
    const to = asOf ?? { kind: 'year' as const, year }
    return { ...resolvePreset('this-year', frequency, to), preset, ignored }
  }
  let anchor: Period | null = null
  for (const key of periods) {
    const period = parsePeriod(key)
    if (!period) continue
    if (asOf && periodEndMonth(period) > periodEndMonth(asOf)) continue
    if (!anchor || periodEndMonth(period) > periodEndMonth(anchor)) anchor = period
  }
  anchor ??= asOf
  if (!anchor) return null
  return { ...resolvePreset(preset, frequency, anchor), preset, ignored }
}
