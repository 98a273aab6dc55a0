import {
  formatPeriod,
  parsePeriod,
  periodKey,
  type Granularity,
  type Locale,
  type Period,
} from '@/domain/periods'

export const FIRST_YEAR = 2018
/** The last year the period pickers offer: the dataset runs to the current year. */
export const LAST_YEAR = new Date().getFullYear()

/** The periods offered in the "as of" picker, newest first, for one granularity. */
export function periodOptions(granularity: Granularity, lastYear: number): Period[] {
  const options: Period[] = []
  for (let year = lastYear; year >= FIRST_YEAR; year -= 1) {
    if (granularity === 'year') options.push({ kind: 'year', year })
    if (granularity === 'semester') {
      options.push({ kind: 'semester', year, semester: 2 }, { kind: 'semester', year, semester: 1 })
    }
    if (granularity === 'quarter') {
      for (const quarter of [4, 3, 2, 1] as const) options.push({ kind: 'quarter', year, quarter })
    }
    if (granularity === 'month') {
      for (let month = 12; month >= 1; month -= 1) options.push({ kind: 'month', year, month })
    }
  }
  return options
}

export function periodOption(period: Period, locale: Locale) {
  return { value: periodKey(period), label: formatPeriod(period, locale) }
}

/** The granularity shown in the picker for the current period key. */
export function granularityOfKey(key: string | null): Granularity {
  return parsePeriod(key ?? '')?.kind ?? 'year'
}
