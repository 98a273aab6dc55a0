/**
 * What a period key means, in the lowest layer: which years a key may name and the months it
 * covers. The one home of both rules: the request parsers (./params.ts, for the MSW handlers and
 * the server) and the period model (src/domain/periods.ts, for every view) read them from here.
 */
import { PERIOD_KEY_PATTERN } from './common'

export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'semester'; year: number; semester: 1 | 2 }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number }

/** The years a period key may name: a figure before independence or after 2100 is a typo. */
const MIN_YEAR = 1945
const MAX_YEAR = 2100

/** Reads a period key; null for anything that is not exactly one of the four shapes. */
export function readPeriodKey(key: string): Period | null {
  const match = PERIOD_KEY_PATTERN.exec(key)
  if (!match) return null
  const year = Number(match[1])
  if (year < MIN_YEAR || year > MAX_YEAR) return null
  if (match[2]) return { kind: 'semester', year, semester: match[2] === '1' ? 1 : 2 }
  if (match[3]) return { kind: 'quarter', year, quarter: Number(match[3]) as 1 | 2 | 3 | 4 }
  if (match[4]) return { kind: 'month', year, month: Number(match[4]) }
  return { kind: 'year', year }
}

/** Months since year 0, so periods of any granularity sit on one axis. */
function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1)
}

/** The first month a period covers (months since year 0). */
export function periodStartMonth(period: Period): number {
  switch (period.kind) {
    case 'year':
      return monthIndex(period.year, 1)
    case 'semester':
      return monthIndex(period.year, period.semester === 1 ? 1 : 7)
    case 'quarter':
      return monthIndex(period.year, (period.quarter - 1) * 3 + 1)
    case 'month':
      return monthIndex(period.year, period.month)
  }
}

/** The last month a period covers (months since year 0). */
export function periodEndMonth(period: Period): number {
  switch (period.kind) {
    case 'year':
      return monthIndex(period.year, 12)
    case 'semester':
      return monthIndex(period.year, period.semester === 1 ? 6 : 12)
    case 'quarter':
      return monthIndex(period.year, period.quarter * 3)
    case 'month':
      return monthIndex(period.year, period.month)
  }
}

/** The first and last month (months since year 0) a period key covers, or null if it is not one. */
export function periodMonths(key: string): { start: number; end: number } | null {
  const period = readPeriodKey(key)
  return period ? { start: periodStartMonth(period), end: periodEndMonth(period) } : null
}
