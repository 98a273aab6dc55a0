import type { Indicator } from '@/api/indicators'
import type { Observation, Series, Target } from '@/api/series'
import { evaluate, targetForYear, yearOfPeriod } from '@/domain/evaluate'
import { isAtOrBefore, parsePeriod, sortByPeriod, type Period } from '@/domain/periods'
import type { Status } from '@/domain/status'

export type ScorecardCard = {
  indicator: Indicator
  latest: Observation | undefined
  previous: Observation | undefined
  target: Target | undefined
  status: Status
  /** Observations up to the as-of period, oldest first. */
  history: Observation[]
}

const SPARKLINE_POINTS = 12

/**
 * One card per catalogue indicator for one region: the latest observation at or before `asOf`
 * (each at its own period), the one before it, the target of its year and the resulting status.
 */
export function toScorecard(
  indicators: ReadonlyArray<Indicator>,
  series: ReadonlyArray<Series>,
  regionCode: string,
  asOf: Period | null,
): ScorecardCard[] {
  return indicators.map((indicator) => {
    const match = series.find((s) => s.indicatorId === indicator.id && s.regionCode === regionCode)
    const history = sortByPeriod(match?.observations ?? []).filter((observation) => {
      const period = parsePeriod(observation.period)
      return period !== null && (asOf === null || isAtOrBefore(period, asOf))
    })
    const latest = history.at(-1)
    const previous = history.at(-2)
    const target = latest
      ? targetForYear(match?.targets ?? [], yearOfPeriod(latest.period))
      : undefined
    return {
      indicator,
      latest,
      previous,
      target,
      status: evaluate(indicator, latest, target),
      history: history.slice(-SPARKLINE_POINTS),
    }
  })
}
