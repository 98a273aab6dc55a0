import type { Indicator } from '@/api/indicators'
import type { Observation, Target } from '@/api/series'
import { parsePeriod } from './periods'
import { gradeStatus, numericStatus, type Status } from './status'

export function yearOfPeriod(key: string): number | null {
  return parsePeriod(key)?.year ?? null
}

/** The target that judges a year: the region's own plan (RPJMD) first, else the national one. */
export function targetForYear(
  targets: ReadonlyArray<Target>,
  year: number | null,
): Target | undefined {
  if (year === null) return undefined
  const ofYear = targets.filter((target) => target.year === year)
  return (
    ofYear.find((target) => target.basis === 'rpjmd') ?? ofYear.find((t) => t.basis === 'national')
  )
}

export function evaluate(
  indicator: Indicator,
  observation: Observation | undefined,
  target: Target | undefined,
): Status {
  if (!observation) return 'no-data'
  if (indicator.valueType === 'grade') {
    // Only a reported grade counts: a SAKIP score without its predicate is not given one, since
    // scores before 2022 came from another method (PermenPANRB 12/2015).
    return gradeStatus(observation.grade, indicator.gradeScale ?? [], target?.grade)
  }
  return numericStatus(observation.value, indicator.polarity, target)
}
