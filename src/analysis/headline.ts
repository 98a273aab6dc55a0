import type { Indicator } from '@/api/indicators'
import type { Observation, Target } from '@/api/series'
import type { Status } from '@/domain/status'
import type { I18n } from '@/i18n/i18n'
import { formatValue, numericChange } from '@/i18n/format-indicator'
import { gradeStreak } from './series-view'

export type HeadlineInput = {
  indicator: Indicator
  latest: Observation | undefined
  previous: Observation | undefined
  target: Target | undefined
  status: Status
  /** The whole history, for a grade streak ("WTP 9 kali berturut-turut"). */
  history?: ReadonlyArray<Observation>
}

/**
 * One message per slide, the way officials say it: "TPT turun 1,39 poin menjadi 9,39 % (Agustus
 * 2023), masih di atas target". Polarity decides the words; grades speak in grades.
 */
export function headline(i18n: I18n, input: HeadlineInput): string {
  const { indicator, latest } = input
  const name = indicator.shortName[i18n.locale]
  if (!latest) return i18n.t('headline.noData', { name })
  return indicator.valueType === 'grade'
    ? gradeHeadline(i18n, input, latest)
    : numericHeadline(i18n, input, latest)
}

function numericHeadline(i18n: I18n, input: HeadlineInput, latest: Observation): string {
  const { indicator, previous, target, status } = input
  const name = indicator.shortName[i18n.locale]
  const period = i18n.period(latest.period)
  if (latest.value === null) return i18n.t('headline.noData', { name })
  const value = formatValue(i18n, indicator, latest.value)
  let lead: string
  if (previous?.value != null) {
    const change = numericChange(i18n, indicator, previous.value, latest.value)
    lead = change
      ? i18n.t('headline.moved', {
          name,
          direction: i18n.t(`headline.${change.direction}`),
          amount: change.amount,
          value,
          period,
        })
      : i18n.t('headline.same', { name, value, period })
  } else {
    lead = i18n.t('headline.single', { name, value, period })
  }
  return `${lead}, ${numericPhrase(i18n, indicator, latest.value, target, status)}`
}

function numericPhrase(
  i18n: I18n,
  indicator: Indicator,
  value: number,
  target: Target | undefined,
  status: Status,
): string {
  if (status === 'no-target' || status === 'no-data' || !target) return i18n.t('headline.noTarget')
  if (indicator.polarity === 'band') {
    if (status === 'achieved') return i18n.t('headline.band.achieved')
    return i18n.t(
      target.max !== null && value > target.max ? 'headline.band.above' : 'headline.band.below',
    )
  }
  return i18n.t(`headline.${indicator.polarity}.${status}`)
}

function gradeHeadline(i18n: I18n, input: HeadlineInput, latest: Observation): string {
  const { indicator, previous, target, status, history = [] } = input
  const name = indicator.shortName[i18n.locale]
  const grade = latest.grade ?? '–'
  const parts = [i18n.t('headline.grade', { name, grade, period: i18n.period(latest.period) })]
  const scale = indicator.gradeScale ?? []
  const previousGrade = previous?.grade ?? null
  const streak =
    grade === scale.at(-1) ? gradeStreak(history.length > 0 ? history : [latest], grade) : null
  if (streak && streak.count >= 2) {
    parts.push(i18n.t('headline.streak', { count: streak.count }))
  } else if (previous && previousGrade) {
    const change = scale.indexOf(grade) - scale.indexOf(previousGrade)
    parts.push(
      change > 0
        ? i18n.t('headline.gradeUp', { previous: previousGrade })
        : change < 0
          ? i18n.t('headline.gradeDown', { previous: previousGrade })
          : i18n.t('headline.gradeSame', { previousPeriod: i18n.period(previous.period) }),
    )
  }
  if (status === 'no-target' || !target?.grade) parts.push(i18n.t('headline.noTarget'))
  else if (status === 'achieved')
    parts.push(i18n.t('headline.grade.achieved', { target: target.grade }))
  else parts.push(i18n.t('headline.grade.off', { target: target.grade }))
  return parts.join(', ')
}
