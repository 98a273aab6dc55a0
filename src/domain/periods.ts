/**
 * The period model. Every observation, filter and label in Kinerja goes through it.
 *
 * A period key is one of `2024` (year), `2024-S1` (semester), `2024-Q3` (quarter, *triwulan*)
 * or `2024-08` (month). Periods of different granularity are compared by the month they end in,
 * so "the latest value at or before 2024-Q3" finds August 2024's TPT and September 2024's inflation.
 */

import { periodEndMonth, periodStartMonth, readPeriodKey, type Period } from '@/api/period-key'

// The months a period covers are the period key's own rule (src/api/period-key.ts).
export { periodEndMonth, periodStartMonth, type Period }

export const GRANULARITIES = ['month', 'quarter', 'semester', 'year'] as const
export type Granularity = (typeof GRANULARITIES)[number]

export type Locale = 'id' | 'en'

/**
 * Parsed keys, kept: sorting and comparing ten years of months parses the same few hundred keys
 * thousands of times per filter change. Frozen, since every caller shares them.
 */
const parsedPeriods = new Map<string, Readonly<Period> | null>()

/** Parses a period key; returns null for anything that is not exactly one of the four shapes. */
export function parsePeriod(key: string): Period | null {
  let parsed = parsedPeriods.get(key)
  if (parsed === undefined) {
    parsed = readPeriodKey(key)
    // Any string may arrive here (a URL parameter): only keys that parse are worth keeping.
    if (parsed) parsedPeriods.set(key, Object.freeze(parsed))
  }
  return parsed
}

export function isPeriodKey(key: string): boolean {
  return parsePeriod(key) !== null
}

export function periodKey(period: Period): string {
  switch (period.kind) {
    case 'year':
      return String(period.year)
    case 'semester':
      return `${period.year}-S${period.semester}`
    case 'quarter':
      return `${period.year}-Q${period.quarter}`
    case 'month':
      return `${period.year}-${String(period.month).padStart(2, '0')}`
  }
}

export function monthPeriodFromIndex(index: number): Period {
  return { kind: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** Orders by end month, then by start month (a year sorts after its own December). */
export function comparePeriods(a: Period, b: Period): number {
  return periodEndMonth(a) - periodEndMonth(b) || periodStartMonth(b) - periodStartMonth(a)
}

export function compareKeys(a: string, b: string): number {
  const pa = parsePeriod(a)
  const pb = parsePeriod(b)
  if (!pa || !pb) return a.localeCompare(b)
  return comparePeriods(pa, pb)
}

/** True when `period` has ended by the end of `asOf`. */
export function isAtOrBefore(period: Period, asOf: Period): boolean {
  return periodEndMonth(period) <= periodEndMonth(asOf)
}

/** Items sorted oldest first. */
export function sortByPeriod<T extends { period: string }>(items: ReadonlyArray<T>): T[] {
  return [...items].sort((a, b) => compareKeys(a.period, b.period))
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const
/** The Intl locale behind each UI language. */
export const INTL_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' }

const monthFormatters = new Map<string, Intl.DateTimeFormat>()
const monthLabels = new Map<string, string>()

/**
 * One formatter per locale and month style (building an Intl formatter costs far more than using
 * one), and each label kept: a page of ten years of monthly series labels the same few hundred
 * months on every filter change.
 */
function formatMonth(year: number, month: number, locale: Locale, style: 'long' | 'short'): string {
  const labelKey = `${locale}:${style}:${year}-${month}`
  const known = monthLabels.get(labelKey)
  if (known !== undefined) return known
  const key = `${locale}:${style}`
  let formatter = monthFormatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      month: style,
      year: 'numeric',
      timeZone: 'UTC',
    })
    monthFormatters.set(key, formatter)
  }
  const label = formatter.format(new Date(Date.UTC(year, month - 1, 1)))
  monthLabels.set(labelKey, label)
  return label
}

/** "Agustus 2023", "Triwulan III 2024", "Semester I 2024", "2023" (id); "August 2023", "Q3 2024", "H1 2024" (en). */
export function formatPeriod(period: Period, locale: Locale): string {
  switch (period.kind) {
    case 'year':
      return String(period.year)
    case 'semester':
      return locale === 'id'
        ? `Semester ${ROMAN[period.semester - 1]} ${period.year}`
        : `H${period.semester} ${period.year}`
    case 'quarter':
      return locale === 'id'
        ? `Triwulan ${ROMAN[period.quarter - 1]} ${period.year}`
        : `Q${period.quarter} ${period.year}`
    case 'month':
      return formatMonth(period.year, period.month, locale, 'long')
  }
}

/** Short axis label: "Agu 2023" / "Aug 2023", "TW III 2024" / "Q3 2024". */
function formatPeriodShort(period: Period, locale: Locale): string {
  if (period.kind === 'month') {
    return formatMonth(period.year, period.month, locale, 'short')
  }
  if (period.kind === 'quarter' && locale === 'id') {
    return `TW ${ROMAN[period.quarter - 1]} ${period.year}`
  }
  if (period.kind === 'semester' && locale === 'id') {
    return `Smt ${ROMAN[period.semester - 1]} ${period.year}`
  }
  return formatPeriod(period, locale)
}

export function formatPeriodKeyShort(key: string, locale: Locale): string {
  const period = parsePeriod(key)
  return period ? formatPeriodShort(period, locale) : key
}

export function formatPeriodKey(key: string, locale: Locale): string {
  const period = parsePeriod(key)
  return period ? formatPeriod(period, locale) : key
}

/** The period of the given granularity that contains a month. */
export function periodContaining(year: number, month: number, granularity: Granularity): Period {
  switch (granularity) {
    case 'year':
      return { kind: 'year', year }
    case 'semester':
      return { kind: 'semester', year, semester: month <= 6 ? 1 : 2 }
    case 'quarter':
      return { kind: 'quarter', year, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4 }
    case 'month':
      return { kind: 'month', year, month }
  }
}

/** The period before, at the same granularity. */
export function previousPeriod(period: Period): Period {
  const end = periodEndMonth(period)
  const span = end - periodStartMonth(period) + 1
  const previousEnd = end - span
  const year = Math.floor(previousEnd / 12)
  const month = (previousEnd % 12) + 1
  return periodContaining(year, month, period.kind)
}

/**
 * Where a period sits on a time axis, in months since year 0: its middle. August 2023 is 2023×12 +
 * 7.5, the third quarter of 2024 is 2024×12 + 7.5, the year 2023 is 2023×12 + 6. Points are spaced
 * by time, so February and August rounds and a monthly series share one honest axis.
 */
function periodMidpoint(period: Period): number {
  return (periodStartMonth(period) + periodEndMonth(period) + 1) / 2
}

export function periodKeyMidpoint(key: string): number | null {
  const period = parsePeriod(key)
  return period ? periodMidpoint(period) : null
}

/** The span of a period on the time axis: [start, end) in months since year 0. */
export function periodSpan(period: Period): readonly [number, number] {
  return [periodStartMonth(period), periodEndMonth(period) + 1]
}
