import type { Indicator } from '@/api/indicators'
import { AgeNotice, SourceLine } from '@/components/reading/reading-facts'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { StatusBadge } from '@/components/ui/status-badge'
import type { AnyReading } from '@/domain/reading'
import { useI18n } from '@/i18n/i18n'
import {
  changeSentence,
  formatObservation,
  noReadingSentence,
  observationPeriod,
  targetSentence,
} from '@/i18n/format-indicator'

/**
 * The region's reading at the top of the indicator page: the same facts as its scorecard card,
 * from the same reading (value, period, status, target and basis, change, age, source).
 */
export function ReadingPanel({
  indicator,
  reading,
  regionName,
  asOfLabel,
}: {
  indicator: Indicator
  reading: AnyReading
  regionName: string
  asOfLabel: string | null
}) {
  const i18n = useI18n()
  const { t } = i18n
  const { observation } = reading
  return (
    <section className="reading-panel" aria-labelledby="reading-title">
      <h2 id="reading-title" className="reading-panel__title">
        {asOfLabel
          ? t('indicator.readingAsOf', { region: regionName, period: asOfLabel })
          : t('indicator.readingLatest', { region: regionName })}
      </h2>
      {observation ? (
        <>
          <p className="reading-panel__value">
            <span className="reading-panel__number">
              {formatObservation(i18n, indicator, observation)}
            </span>{' '}
            <span className="reading-panel__period">{observationPeriod(i18n, observation)}</span>{' '}
            <ProvenanceBadge provenance={observation.provenance} />
          </p>
          <p className="reading-panel__status">
            <StatusBadge status={reading.status} /> <span>{targetSentence(i18n, reading)}</span>
          </p>
          <p>{changeSentence(i18n, indicator, reading.change)}</p>
          <AgeNotice reading={reading} />
          <SourceLine observation={observation} />
        </>
      ) : (
        <p className="state">{noReadingSentence(i18n, reading)}</p>
      )}
    </section>
  )
}
