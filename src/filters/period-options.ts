import {
  formatPeriod,
  periodKey,
  type Granularity,
  type Locale,
  type Period,
} from '@/domain/periods'

/** The first year the period pickers offer (the demo's official figures start in 2018). */
export const FIRST_YEAR = 2018

/** The periods offered in a picker, newest first, for one granularity, up to the dataset's year. */
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
