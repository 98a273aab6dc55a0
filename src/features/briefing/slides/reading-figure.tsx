import type { ReactNode } from 'react'
import type { Indicator } from '@/api/indicators'
import { AgeNotice } from '@/components/reading/reading-facts'
import { StatusBadge } from '@/components/ui/status-badge'
import type { AnyReading } from '@/domain/reading'
import { useI18n } from '@/i18n/i18n'
import { changeSentence, formatObservation, targetSentence } from '@/i18n/format-indicator'

/**
 * The left column of a reading's slide, said as the card says it (the same reading, the same
 * phrasing): the big number, its period, its status, the target in force with its basis, the
 * change against the same round, and the age notice when the reading trails its calendar.
 */
export function ReadingFigure({
  indicator,
  reading,
  showChange = true,
  children,
}: {
  indicator: Indicator
  reading: AnyReading
  showChange?: boolean
  children?: ReactNode
}) {
  const i18n = useI18n()
  const { t } = i18n
  const observation = reading.observation
  if (!observation) {
    return (
      <div className="slide__figure">
        <p className="slide__fact">{t('reading.noDataLatest')}</p>
        {children}
      </div>
    )
  }
  const year = Number(observation.period.slice(0, 4))
  return (
    <div className="slide__figure">
      <p className="slide__value">{formatObservation(i18n, indicator, observation)}</p>
      <p className="slide__period">
        {i18n.period(observation.period)}
        {observation.provisional && ` (${t('reading.provisional')})`}
        {indicator.valueType === 'grade' &&
          observation.value !== null &&
          ` · ${t('slide.score', { score: i18n.number(observation.value, indicator.decimals) })}`}
      </p>
      <p className="slide__status">
        <StatusBadge status={reading.status} large />
      </p>
      <p className="slide__fact">{targetSentence(i18n, indicator, reading.target, year)}</p>
      {showChange && (
        <p className="slide__fact">
          {t('slide.change', { change: changeSentence(i18n, indicator, reading.change) })}
        </p>
      )}
      <AgeNotice reading={reading} compact />
      {children}
    </div>
  )
}
