/**
 * The status rule: where a value stands against its target, by the indicator's polarity.
 *
 * - `lower` (TPT, stunting, poverty): at or below target is achieved; up to 10 % (relative) above is near.
 * - `higher` (program delivery, SAKIP score): at or above target is achieved; down to 10 % below is near.
 * - `band` (inflation 2.5 ± 1 %): inside the band is achieved; within 0.5 point outside it is near.
 * - grades (SAKIP predicate, audit opinion): at or above the target grade is achieved; one grade below is near.
 */

export type Status = 'achieved' | 'near' | 'off' | 'no-target' | 'no-data'

export type Polarity = 'lower' | 'higher' | 'band'

export type TargetSpec = {
  value: number | null
  min: number | null
  max: number | null
  grade: string | null
}

const NEAR_RELATIVE = 0.1
const NEAR_BAND_POINTS = 0.5

export function numericStatus(
  value: number | null,
  polarity: Polarity,
  target: TargetSpec | null | undefined,
): Status {
  if (value === null || !Number.isFinite(value)) return 'no-data'
  if (!target) return 'no-target'
  if (polarity === 'band') {
    const { min, max } = target
    if (min === null && max === null) return 'no-target'
    const low = min ?? Number.NEGATIVE_INFINITY
    const high = max ?? Number.POSITIVE_INFINITY
    if (value >= low && value <= high) return 'achieved'
    const distance = value < low ? low - value : value - high
    return distance <= NEAR_BAND_POINTS ? 'near' : 'off'
  }
  const goal = target.value
  if (goal === null) return 'no-target'
  const tolerance = Math.abs(goal) * NEAR_RELATIVE
  if (polarity === 'lower') {
    if (value <= goal) return 'achieved'
    return value <= goal + tolerance ? 'near' : 'off'
  }
  if (value >= goal) return 'achieved'
  return value >= goal - tolerance ? 'near' : 'off'
}

/** `scale` is ordered worst → best. Unknown grades count as no data. */
export function gradeStatus(
  grade: string | null,
  scale: ReadonlyArray<string>,
  targetGrade: string | null | undefined,
): Status {
  if (grade === null) return 'no-data'
  const rank = scale.indexOf(grade)
  if (rank < 0) return 'no-data'
  if (!targetGrade) return 'no-target'
  const targetRank = scale.indexOf(targetGrade)
  if (targetRank < 0) return 'no-target'
  if (rank >= targetRank) return 'achieved'
  return rank === targetRank - 1 ? 'near' : 'off'
}

/** SAKIP predicate bands (PermenPANRB 88/2021): AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, D ≤ 30. */
const SAKIP_BANDS: ReadonlyArray<readonly [number, string]> = [
  [90, 'AA'],
  [80, 'A'],
  [70, 'BB'],
  [60, 'B'],
  [50, 'CC'],
  [30, 'C'],
]

export function sakipPredicate(score: number): string {
  for (const [floor, predicate] of SAKIP_BANDS) {
    if (score > floor) return predicate
  }
  return 'D'
}
