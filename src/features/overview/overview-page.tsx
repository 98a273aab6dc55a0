import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { indicatorQueries } from '@/api/indicators'
import { QueryState } from '@/components/ui/query-state'
import { useSettledValue } from '@/components/ui/use-settled-value'
import { parsePeriod } from '@/domain/periods'
import { useFilterActions, useFilters } from '@/filters/use-filters'
import { useResolvedRegion } from '@/filters/use-region'
import { useI18n } from '@/i18n/i18n'
import { overviewQueries } from './queries'
import { ScorecardCard } from './scorecard-card'
import { ScorecardTable } from './scorecard-table'
import { toScorecard } from './to-scorecard'

export function OverviewPage() {
  const i18n = useI18n()
  const { t } = i18n
  const { filters } = useFilters()
  const { chooseView } = useFilterActions()
  const { code, region } = useResolvedRegion()
  const catalog = useQuery(indicatorQueries.catalog())
  const series = useQuery(overviewQueries(code).series)
  // While the new region loads, its cards stay those of the region the data is for (dimmed).
  const dataCode = useSettledValue(code, !series.isPlaceholderData)
  const cards = useMemo(
    () =>
      catalog.data && series.data
        ? toScorecard(
            catalog.data.indicators,
            series.data.series,
            dataCode,
            filters.period ? parsePeriod(filters.period) : null,
          )
        : [],
    [catalog.data, series.data, dataCode, filters.period],
  )
  const regionName = region?.name ?? code
  const asOfLabel = filters.period ? i18n.period(filters.period) : null
  const title = t('overview.title', { region: regionName })
  const hasSynthetic = cards.some(
    (card) => card.latest?.provenance === 'synthetic' || card.target?.provenance === 'synthetic',
  )

  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page__header">
        <h1 id="page-title">{title}</h1>
        <p className="page__meta">
          <span>
            {asOfLabel ? t('overview.asOf', { period: asOfLabel }) : t('overview.asOfLatest')}
          </span>
          {series.data && (
            <span>
              {' '}
              · {t('overview.dataAsOf', { date: i18n.date(series.data.dataAsOf, true) })}
            </span>
          )}
        </p>
        <div className="segmented" role="group" aria-label={t('overview.viewLabel')}>
          <button
            type="button"
            aria-pressed={filters.view === 'chart'}
            onClick={() => chooseView('chart')}
          >
            {t('overview.viewCards')}
          </button>
          <button
            type="button"
            aria-pressed={filters.view === 'table'}
            onClick={() => chooseView('table')}
          >
            {t('overview.viewTable')}
          </button>
        </div>
      </header>
      <QueryState queries={[catalog, series]}>
        <div
          aria-busy={series.isPlaceholderData}
          className={series.isPlaceholderData ? 'is-updating' : undefined}
        >
          {filters.view === 'table' ? (
            <ScorecardTable cards={cards} caption={title} />
          ) : (
            <div className="card-grid">
              {cards.map((card) => (
                <ScorecardCard key={card.indicator.id} card={card} asOfLabel={asOfLabel} />
              ))}
            </div>
          )}
          {hasSynthetic && <p className="page__note">{t('overview.syntheticNote')}</p>}
        </div>
      </QueryState>
    </section>
  )
}
