/**
 * The shape of a trend as the view models hand it to the charts (src/components/charts): points on
 * a time axis, the series drawn through them and the target steps. Data only; the charts' own props
 * are in src/components/charts/chart-types.ts.
 */
import type { PlaceRole } from '@/domain/places'

/** One instant of a trend: its place on the time axis and each series' value there. */
export type TrendPoint = {
  /** Months since year 0, at the middle of the period (src/domain/periods.ts, periodMidpoint). */
  t: number
  /** Period key, unique per point. */
  key: string
  /** The period as a reader says it (tooltip): "Agustus 2023". */
  label: string
  values: Record<string, number | null>
  /** Series whose value at this point is synthetic (drawn hollow). */
  synthetic?: Record<string, boolean>
}

/** A target in force over a stretch of time (a year), clipped to where the data is. */
export type TargetSpan = {
  from: number
  to: number
  value: number | null
  band: readonly [number, number] | null
}

export type TrendSeries = { id: string; label: string; role: PlaceRole }
