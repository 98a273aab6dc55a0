import type { Indicator } from '@/api/indicators'
import type { Observation, Target } from '@/api/series'
import { useCallback } from 'react'
import { useI18n, type I18n } from './i18n'

/** A value in the indicator's unit: "9,39 %", "57,89", "WTP". */
export function formatValue(i18n: I18n, indicator: Indicator, value: number): string {
  return indicator.unit === 'percent'
    ? i18n.percent(value, indicator.decimals)
    : i18n.number(value, indicator.decimals)
}

/** The headline of an observation: its grade for graded indicators, else its value. */
export function formatObservation(
  i18n: I18n,
  indicator: Indicator,
  observation: Observation,
): string {
  if (observation.grade !== null) return observation.grade
  if (observation.value !== null) return formatValue(i18n, indicator, observation.value)
  return '–'
}

export function formatTarget(
  i18n: I18n,
  indicator: Indicator,
  target: Target | undefined,
): string | null {
  if (!target) return null
  if (target.grade !== null) return target.grade
  if (target.min !== null && target.max !== null) {
    const center = (target.min + target.max) / 2
    const radius = (target.max - target.min) / 2
    return i18n.t('target.band', {
      center: i18n.number(center, 1),
      radius: formatValue(i18n, { ...indicator, decimals: 0 }, radius),
    })
  }
  if (target.value !== null) {
    const key = indicator.polarity === 'lower' ? 'target.lower' : 'target.higher'
    return i18n.t(key, { value: formatValue(i18n, indicator, target.value) })
  }
  return null
}

/** Who published a figure: "BPS, Sakernas Agustus 2023"; for a synthetic value, that it is one. */
export function sourceLabel(i18n: I18n, observation: Observation): string {
  return observation.source
    ? `${observation.source.publisher}, ${observation.source.publication}`
    : i18n.t('source.synthetic')
}

/** The label of a target's basis, e.g. "RPJMD, sintetis". */
export function targetBasisLabel(i18n: I18n, target: Target): string {
  const basis = i18n.t(`card.targetBasis.${target.basis}`)
  return target.provenance === 'synthetic'
    ? `${basis}, ${i18n.t('card.synthetic').toLowerCase()}`
    : basis
}

export function provenanceLabel(i18n: I18n, observation: Observation): string {
  return observation.provenance === 'official' ? i18n.t('card.official') : i18n.t('card.synthetic')
}

/**
 * The change between two values in the indicator's terms: up or down by "1,39 poin" (percentage
 * points for percent indicators). Null when the change rounds away at the indicator's precision.
 */
export function numericChange(
  i18n: I18n,
  indicator: Indicator,
  before: number,
  after: number,
): { direction: 'up' | 'down'; amount: string } | null {
  const diff = after - before
  if (Math.abs(diff) < 10 ** -indicator.decimals / 2) return null
  const magnitude = i18n.number(Math.abs(diff), indicator.decimals)
  return {
    direction: diff > 0 ? 'up' : 'down',
    amount: indicator.unit === 'percent' ? `${magnitude} ${i18n.t('card.points')}` : magnitude,
  }
}

/**
 * A chart's value formatter ("9,39 %"), the same function for as long as the language, the indicator
 * and the decimals stay: charts re-render when their formatter changes. `maxDecimals` rounds coarser
 * (the projector shows at most one decimal).
 */
export function useValueFormatter(
  indicator: Indicator,
  maxDecimals = indicator.decimals,
): (value: number) => string {
  const i18n = useI18n()
  return useCallback(
    (value: number) =>
      formatValue(
        i18n,
        maxDecimals < indicator.decimals ? { ...indicator, decimals: maxDecimals } : indicator,
        value,
      ),
    [i18n, indicator, maxDecimals],
  )
}

/** A chart's formatter for a plain number with fixed decimals (scores), stable like useValueFormatter. */
export function useNumberFormatter(decimals: number): (value: number) => string {
  const i18n = useI18n()
  return useCallback((value: number) => i18n.number(value, decimals), [i18n, decimals])
}
