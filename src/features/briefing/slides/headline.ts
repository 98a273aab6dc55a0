import type { Observation } from '@/api/series'
import type { AnyReading, Reading } from '@/domain/reading'
import type { I18n } from '@/i18n/i18n'
import { formatValue } from '@/i18n/format-indicator'
import { bestGradeStreak } from '@/analysis/series-view'

/**
 * One message per slide, the way officials say it, from the reading every view shares: "TPT
 * turun 1,39 poin persentase menjadi 9,39 % (Agustus 2023), masih di atas target". Polarity decides
 * the words; grades speak in grades; a change against a synthetic figure says so.
 * `history` is the series (for a grade streak, "WTP 9 kali berturut-turut").
 */
export function headline(
  i18n: I18n,
  reading: AnyReading,
  history: ReadonlyArray<Observation> = [],
): string {
  const name = reading.indicator.shortName[i18n.locale]
  if (!reading.observation) return i18n.t('headline.noData', { name })
  return reading.indicator.valueType === 'grade'
    ? gradeHeadline(i18n, reading, history)
    : numericHeadline(i18n, reading)
}

function periodText(i18n: I18n, reading: Reading): string {
  const period = i18n.period(reading.observation.period)
  return reading.observation.provisional ? `${period}, ${i18n.t('reading.provisional')}` : period
}

function numericHeadline(i18n: I18n, reading: Reading): string {
  const { indicator, observation, change } = reading
  const name = indicator.shortName[i18n.locale]
  if (observation.value === null) return i18n.t('headline.noData', { name })
  const value = formatValue(i18n, indicator, observation.value)
  const period = periodText(i18n, reading)
  let lead: string
  if (change && change.delta !== null && change.direction !== 'same') {
    const magnitude = i18n.number(Math.abs(change.delta), indicator.decimals)
    const unit =
      indicator.unit === 'percent' ? i18n.t('change.percentPoints') : i18n.t('change.points')
    lead = i18n.t(change.synthetic ? 'headline.movedSynthetic' : 'headline.moved', {
      name,
      direction: i18n.t(`headline.${change.direction}`),
      amount: `${magnitude} ${unit}`,
      value,
      period,
    })
  } else if (change) {
    lead = i18n.t('headline.same', { name, value, period })
  } else {
    lead = i18n.t('headline.single', { name, value, period })
  }
  return `${lead}, ${numericPhrase(i18n, reading, observation.value)}`
}

function numericPhrase(i18n: I18n, reading: Reading, value: number): string {
  const { indicator, target, status } = reading
  if (status === 'no-target' || status === 'no-data' || !target) return i18n.t('headline.noTarget')
  if (indicator.polarity === 'band') {
    if (status === 'achieved') return i18n.t('headline.band.achieved')
    return i18n.t(
      target.max !== null && value > target.max ? 'headline.band.above' : 'headline.band.below',
    )
  }
  return i18n.t(`headline.${indicator.polarity}.${status}`)
}

function gradeHeadline(i18n: I18n, reading: Reading, history: ReadonlyArray<Observation>): string {
  const { indicator, observation, change, target, status } = reading
  const name = indicator.shortName[i18n.locale]
  const grade = observation.grade ?? '–'
  const parts = [i18n.t('headline.grade', { name, grade, period: periodText(i18n, reading) })]
  const streak = bestGradeStreak(indicator, history, observation.period)
  if (streak) {
    parts.push(i18n.t('headline.streak', { count: streak.count }))
  } else if (change && change.from.grade) {
    const previous = change.from.grade
    parts.push(
      change.direction === 'up'
        ? i18n.t('headline.gradeUp', { previous })
        : change.direction === 'down'
          ? i18n.t('headline.gradeDown', { previous })
          : i18n.t('headline.gradeSame', { previousPeriod: i18n.period(change.from.period) }),
    )
  }
  if (status === 'no-target' || !target?.grade) parts.push(i18n.t('headline.noTarget'))
  else if (status === 'achieved')
    parts.push(i18n.t('headline.grade.achieved', { target: target.grade }))
  else parts.push(i18n.t('headline.grade.off', { target: target.grade }))
  return parts.join(', ')
}
