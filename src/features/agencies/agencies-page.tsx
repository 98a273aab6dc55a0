import { useQuery } from '@tanstack/react-query'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { QueryState } from '@/components/ui/query-state'
import { AgencyFilter } from '@/filters/agency-filter'
import { useFilters } from '@/filters/use-filters'
import { useResolvedRegion } from '@/filters/use-region'
import { useI18n } from '@/i18n/i18n'
import { resolveAgency } from '@/domain/agencies'
import { usePageTitle } from '@/components/ui/use-page-title'
import { placeName } from '@/domain/places'
import { EmptyRegion } from '@/filters/empty-region'
import { agenciesPageQueries } from './queries'
import { SakipComponentsTable } from './sakip-components'
import { SakipGrid } from './sakip-grid'
import { SakipRanking } from './sakip-ranking'
import { chooseYear, evaluatedYears } from './sakip-view'
import { YearSelect } from './year-select'
import './agencies.css'

/** /agencies: the city's agencies, their SAKIP grades over the years, components and ranking. */
export function AgenciesPage() {
  const i18n = useI18n()
  const { t } = i18n
  const { filters } = useFilters()
  const { code, region } = useResolvedRegion()
  const query = useQuery(agenciesPageQueries(code).agencies)
  const regionName = region ? placeName(region) : code
  const data = query.data
  const agencies = data?.agencies ?? []
  const { agency: agencyId, unknown: unknownAgency } = resolveAgency(
    data?.agencies,
    filters.agency,
    code,
  )
  const selected = agencies.find((agency) => agency.id === agencyId) ?? null
  const shown = selected ? [selected] : agencies
  // The page's own year (`year=`) if chosen, else the latest evaluated at or before "as of".
  const year = data
    ? chooseYear(
        data.years,
        agencies,
        filters.year !== null ? String(filters.year) : filters.period,
      )
    : null
  const title = t('agencies.title', { region: regionName })
  usePageTitle(title)

  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page__header">
        <h1 id="page-title">{title}</h1>
        <p className="page__meta">
          <span>{t('agencies.evaluator')}</span>
          {data && (
            <span> · {t('overview.dataAsOf', { date: i18n.date(data.dataAsOf, true) })}</span>
          )}{' '}
          <ProvenanceBadge provenance="synthetic" />
        </p>
      </header>
      <p className="page__intro">{t('agencies.intro')}</p>
      <QueryState queries={[query]}>
        {data && agencies.length === 0 ? (
          <EmptyRegion message={t('agencies.empty', { region: regionName })} />
        ) : data ? (
          <>
            <div className="page-filters">
              <AgencyFilter agencies={agencies} />
              {year !== null && (
                <YearSelect years={evaluatedYears(data.years, agencies)} value={year} />
              )}
            </div>
            {unknownAgency && (
              <p className="notice" role="status">
                <span aria-hidden="true">ⓘ </span>
                {t('agencies.unknownAgency', { value: unknownAgency, region: regionName })}
              </p>
            )}
            <SakipGrid
              agencies={shown}
              years={data.years}
              selectedYear={year}
              region={region ?? { code }}
              regionName={regionName}
              dataAsOf={data.dataAsOf}
            />
            {year === null ? (
              <p className="state">
                {t('agencies.year.none', {
                  year: filters.period ? i18n.period(filters.period) : '',
                })}
              </p>
            ) : (
              <>
                <SakipComponentsTable
                  agencies={shown}
                  year={year}
                  region={region ?? { code }}
                  regionName={regionName}
                  dataAsOf={data.dataAsOf}
                />
                <SakipRanking
                  agencies={agencies}
                  year={year}
                  region={region ?? { code }}
                  regionName={regionName}
                  selected={selected}
                  dataAsOf={data.dataAsOf}
                />
              </>
            )}
            <p className="page__note">{t('agencies.syntheticNote')}</p>
          </>
        ) : null}
      </QueryState>
    </section>
  )
}
