/**
 * Selectors from API answers to readings (the one selector layer: pages shape data through these,
 * inside TanStack Query's `select`, never in render). Each reading comes from src/domain/reading.ts.
 */
import type { Indicator } from '@/api/indicators'
import type { Observation, SeriesResponse } from '@/api/series'
import { dayOf } from '@/domain/dates'
import { isAtOrBefore, parsePeriod, sortByPeriod } from '@/domain/periods'
import { readIndicator, type AnyReading } from '@/domain/reading'

/**
 * The dataset's day, from its `dataAsOf`: "today" for every age, status and "this year" — never
 * the wall clock (docs/decisions/0011-program-status-and-today.md).
 */
export function todayOf(dataAsOf: string): string {
  return dayOf(dataAsOf)
}

const SPARKLINE_POINTS = 12

export type ScorecardEntry = {
  reading: AnyReading
  /** The observations up to "as of", oldest first, at most 12 (the card's sparkline). */
  history: Observation[]
}

/** One reading per catalogue indicator for one region, each at its own latest period. */
export function scorecard(
  indicators: ReadonlyArray<Indicator>,
  response: SeriesResponse,
  regionCode: string,
  asOf: string | null,
  today: string,
): ScorecardEntry[] {
  const limit = asOf ? parsePeriod(asOf) : null
  return indicators.map((indicator) => {
    const series = response.series.find(
      (s) => s.indicatorId === indicator.id && s.regionCode === regionCode,
    )
    const history = sortByPeriod(series?.observations ?? []).filter((o) => {
      const period = parsePeriod(o.period)
      return period !== null && (limit === null || isAtOrBefore(period, limit))
    })
    return {
      reading: readIndicator(indicator, series, regionCode, { asOf, today }),
      history: history.slice(-SPARKLINE_POINTS),
    }
  })
}
