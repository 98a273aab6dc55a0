import type { Observation, Target } from '@/api/series'
import type { TrendPoint } from '@/components/charts/trend-chart'
import type { I18n } from '@/i18n/i18n'

/** One observation as a point of a one-series trend chart, with its year's target line or band. */
export function toTrendPoint(
  i18n: I18n,
  observation: Observation,
  target: Target | undefined,
  seriesId: string,
): TrendPoint {
  return {
    key: observation.period,
    label: i18n.periodShort(observation.period),
    values: { [seriesId]: observation.value },
    synthetic: { [seriesId]: observation.provenance === 'synthetic' },
    target: target?.value ?? null,
    band: target?.min != null && target.max != null ? [target.min, target.max] : null,
  }
}
