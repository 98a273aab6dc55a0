import { Link } from 'react-router'
import { Sparkline } from '@/components/charts/sparkline'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { StatusBadge } from '@/components/ui/status-badge'
import { useI18n, type I18n } from '@/i18n/i18n'
import {
  formatObservation,
  formatTarget,
  formatValue,
  numericChange,
  sourceLabel,
} from '@/i18n/format-indicator'
import { useFilterSearch } from '@/filters/use-filters'
import type { ScorecardCard as CardModel } from './to-scorecard'

export function describeChange(i18n: I18n, card: CardModel): string {
  const { latest, previous, indicator } = card
  if (!latest || !previous) return i18n.t('card.changeNone')
  const period = i18n.period(previous.period)
  if (indicator.valueType === 'grade' || latest.value === null || previous.value === null) {
    const before =
      previous.grade ??
      (previous.value !== null ? formatValue(i18n, indicator, previous.value) : '–')
    const now =
      latest.grade ?? (latest.value !== null ? formatValue(i18n, indicator, latest.value) : '–')
    return before === now
      ? i18n.t('card.changeSame', { period })
      : i18n.t('card.changeGrade', { grade: before, period })
  }
  const change = numericChange(i18n, indicator, previous.value, latest.value)
  if (!change) return i18n.t('card.changeSame', { period })
  return i18n.t('card.change', {
    direction: i18n.t(`card.direction.${change.direction}`),
    amount: change.amount,
    period,
  })
}

export function describeTrend(i18n: I18n, card: CardModel): string | null {
  const numeric = card.history.filter((o) => o.value !== null)
  const first = numeric[0]
  const last = numeric.at(-1)
  if (!first || !last || first.value === null || last.value === null) return null
  if (first === last) return i18n.t('card.trendSingle', { period: i18n.period(first.period) })
  return i18n.t('card.trend', {
    from: i18n.period(first.period),
    to: i18n.period(last.period),
    first: formatValue(i18n, card.indicator, first.value),
    last: formatValue(i18n, card.indicator, last.value),
  })
}

type ScorecardCardProps = { card: CardModel; asOfLabel: string | null }

export function ScorecardCard({ card, asOfLabel }: ScorecardCardProps) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const search = useFilterSearch()
  const { indicator, latest, target } = card
  const headingId = `card-${indicator.id}`
  const name = indicator.shortName[locale]

  if (!latest) {
    return (
      <article className="card card--empty" aria-labelledby={headingId}>
        <h2 id={headingId} className="card__title">
          {name}
        </h2>
        <p className="card__empty">
          {asOfLabel ? t('card.noData', { period: asOfLabel }) : t('card.noDataLatest')}
        </p>
      </article>
    )
  }

  const targetText = formatTarget(i18n, indicator, target)
  const trend = describeTrend(i18n, card)
  const sparkValues = card.history.flatMap((o) => (o.value === null ? [] : [o.value]))
  const showScore =
    indicator.valueType === 'grade' && latest.grade !== null && latest.value !== null

  return (
    <article className="card" aria-labelledby={headingId} data-status={card.status}>
      <header className="card__header">
        <h2 id={headingId} className="card__title">
          <Link to={{ pathname: `/indicators/${indicator.id}`, search }}>{name}</Link>
        </h2>
        <ProvenanceBadge provenance={latest.provenance} />
      </header>
      <p className="card__value">
        <span className="card__number">{formatObservation(i18n, indicator, latest)}</span>
        {showScore && latest.value !== null && (
          <span className="card__score">
            {t('card.score', { score: i18n.number(latest.value, indicator.decimals) })}
          </span>
        )}
      </p>
      <p className="card__period">{i18n.period(latest.period)}</p>
      <StatusBadge status={card.status} />
      <p className="card__target">
        {targetText && target
          ? t('card.target', { year: target.year, target: targetText }) +
            ` (${t(`card.targetBasis.${target.basis}`)}${target.provenance === 'synthetic' ? `, ${t('card.synthetic').toLowerCase()}` : ''})`
          : t('card.targetNone')}
      </p>
      <p className="card__change">{describeChange(i18n, card)}</p>
      {sparkValues.length > 1 && (
        <div className="card__trend">
          <Sparkline values={sparkValues} />
          {trend && <p className="card__trend-text">{trend}</p>}
        </div>
      )}
      <p className="card__source">
        {t('card.source')}:{' '}
        {latest.citation?.url ? (
          <a href={latest.citation.url} target="_blank" rel="noreferrer noopener">
            {sourceLabel(i18n, latest)}
          </a>
        ) : (
          sourceLabel(i18n, latest)
        )}
        {latest.releaseDate && (
          <span className="card__release">
            {' '}
            · {t('card.released', { date: i18n.date(latest.releaseDate) })}
          </span>
        )}
      </p>
    </article>
  )
}
