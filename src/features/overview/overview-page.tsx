import { QueryState } from '@/components/ui/query-state'
import { usePageTitle } from '@/components/ui/use-page-title'
import { placeName } from '@/domain/places'
import { RegionBreadcrumb } from '@/filters/region-breadcrumb'
import { useFilterActions, useFilters } from '@/filters/use-filters'
import { useResolvedRegion } from '@/filters/use-region'
import { useI18n } from '@/i18n/i18n'
import { useScorecard } from './queries'
import { ScorecardCard } from './scorecard-card'
import { ScorecardTable } from './scorecard-table'
import './overview.css'

export function OverviewPage() {
  const i18n = useI18n()
  const { t } = i18n
  const { filters } = useFilters()
  const { chooseView } = useFilterActions()
  const { code, region } = useResolvedRegion()
  const { catalog, series } = useScorecard(code, filters.period)
  const entries = series.data?.entries ?? []
  const regionName = region ? placeName(region) : code
  const asOfLabel = filters.period ? i18n.period(filters.period) : null
  const title = t('overview.title', { region: regionName })
  usePageTitle(title)
  const hasSynthetic = entries.some(
    ({ reading }) =>
      reading.observation?.provenance === 'synthetic' || reading.target?.provenance === 'synthetic',
  )
  const behind = entries.filter(({ reading }) => (reading.age?.behind ?? 0) > 0).length

  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page__header">
        {region && <RegionBreadcrumb region={region} pathname="/" />}
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
          {behind > 0 && (
            <span className="page__warning">
              {' '}
              · <span aria-hidden="true">⚠ </span>
              {i18n.plural('overview.behind', behind)}
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
          {filters.view === 'table' && region ? (
            <ScorecardTable
              entries={entries}
              caption={title}
              region={region}
              dataAsOf={series.data?.dataAsOf}
              fileName={`kartu-kinerja-${regionName}-${filters.period ?? 'terbaru'}`}
            />
          ) : (
            <div className="card-grid">
              {entries.map((entry) => (
                <ScorecardCard key={entry.reading.indicator.id} entry={entry} />
              ))}
            </div>
          )}
          {hasSynthetic && <p className="page__note">{t('overview.syntheticNote')}</p>}
        </div>
      </QueryState>
    </section>
  )
}
