import { Link } from 'react-router'
import type { ScorecardEntry } from '@/analysis/readings'
import { Sparkline } from '@/components/charts/sparkline'
import { AgeNotice, SourceLine } from '@/components/reading/reading-facts'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { StatusBadge } from '@/components/ui/status-badge'
import { periodKeyMidpoint } from '@/domain/periods'
import { useFilterSearch } from '@/filters/use-filters'
import { useI18n } from '@/i18n/i18n'
import {
  changeSentence,
  formatObservation,
  noReadingSentence,
  observationPeriod,
  targetSentence,
  trendSentence,
} from '@/i18n/format-indicator'

type ScorecardCardProps = { entry: ScorecardEntry }

/** One indicator's reading: value, period, status, target and basis, change, age, source. */
export function ScorecardCard({ entry }: ScorecardCardProps) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const search = useFilterSearch()
  const { reading, history } = entry
  const { indicator, observation } = reading
  const headingId = `card-${indicator.id}`
  const name = indicator.shortName[locale]

  if (!observation) {
    return (
      <article className="card card--empty" aria-labelledby={headingId}>
        <h2 id={headingId} className="card__title">
          <Link to={{ pathname: `/indicators/${indicator.id}`, search }}>{name}</Link>
        </h2>
        <p className="card__empty">{noReadingSentence(i18n, reading)}</p>
      </article>
    )
  }

  // "Tren turun dari 9,65 % (Agustus 2018) menjadi 9,39 % (Agustus 2023)", under the sparkline.
  const trend = trendSentence(i18n, indicator, history, t('card.trendSubject'))
  const sparkPoints = history.flatMap((o) => {
    const t = periodKeyMidpoint(o.period)
    return o.value === null || t === null
      ? []
      : [{ t, value: o.value, synthetic: o.provenance === 'synthetic' }]
  })
  const showScore =
    indicator.valueType === 'grade' && observation.grade !== null && observation.value !== null

  return (
    <article className="card" aria-labelledby={headingId} data-status={reading.status}>
      <header className="card__header">
        <h2 id={headingId} className="card__title">
          <Link to={{ pathname: `/indicators/${indicator.id}`, search }}>{name}</Link>
        </h2>
        <ProvenanceBadge provenance={observation.provenance} />
      </header>
      <p className="card__value">
        <span className="card__number">{formatObservation(i18n, indicator, observation)}</span>
        {showScore && observation.value !== null && (
          <span className="card__score">
            {t('reading.score', { score: i18n.number(observation.value, indicator.decimals) })}
          </span>
        )}
      </p>
      <p className="card__period">{observationPeriod(i18n, observation)}</p>
      <StatusBadge status={reading.status} />
      <p className="card__target">{targetSentence(i18n, reading)}</p>
      <p className="card__change">{changeSentence(i18n, indicator, reading.change)}</p>
      <AgeNotice reading={reading} compact />
      {sparkPoints.length > 1 && (
        <div className="card__trend">
          <Sparkline points={sparkPoints} />
          {trend && <p className="card__trend-text">{trend}</p>}
        </div>
      )}
      <div className="card__source">
        <SourceLine observation={observation} />
      </div>
    </article>
  )
}
