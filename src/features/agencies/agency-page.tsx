import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { isApiError } from '@/api/api-error'
import { ProgramStatusBadge } from '@/components/ui/program-status-badge'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { QueryState } from '@/components/ui/query-state'
import { nextSearch } from '@/filters/filters'
import { useFilterSearch, useFilters } from '@/filters/use-filters'
import { useResolvedRegion } from '@/filters/use-region'
import { useI18n } from '@/i18n/i18n'
import { usePageTitle } from '@/components/ui/use-page-title'
import { placeName } from '@/domain/places'
import { IkuTable } from './iku-table'
import { chooseIkuYear, ikuYears } from './iku-view'
import { regionOfAgency } from '@/domain/agencies'
import { PredicateMark } from './predicate-cell'
import { agencyPageQueries } from './queries'
import { SakipHistory } from './sakip-history'
import { YearSelect } from './year-select'
import './agencies.css'

/** /agencies/:id: one agency's key indicators, SAKIP history, indicators and programs. */
export function AgencyPage() {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { id = '' } = useParams()
  const { filters } = useFilters()
  const search = useFilterSearch()
  const { code } = useResolvedRegion()
  const agencyRegion = regionOfAgency(id)
  const queries = agencyPageQueries(id)
  const agencyRegionQuery = useQuery(queries.region)
  const region = agencyRegionQuery.data?.regions[0]
  const detail = useQuery(queries.agency)
  const catalog = useQuery(queries.catalog)
  const programs = useQuery(queries.programs)
  const data = detail.data
  const agency = data?.agency
  const regionName = region ? placeName(region) : agencyRegion
  const listSearch = `?${nextSearch(new URLSearchParams(search), { region: agencyRegion, agency: null }).toString()}`
  const programsSearch = `?${nextSearch(new URLSearchParams(search), { region: agencyRegion, agency: id }).toString()}`
  const year = data
    ? chooseIkuYear(data.iku, filters.year !== null ? String(filters.year) : filters.period)
    : null
  usePageTitle(agency ? t('agency.pageTitle', { agency: agency.name, region: regionName }) : null)
  const latest = agency?.sakip.at(-1)
  const notFound = isApiError(detail.error) && detail.error.status === 404

  return (
    <section aria-labelledby="page-title" className="page">
      <p className="breadcrumb">
        <Link to={{ pathname: '/agencies', search: listSearch }}>
          ← {t('agency.back', { region: regionName })}
        </Link>
      </p>
      {notFound ? (
        <div role="alert" className="state state--error">
          <h1 id="page-title">{t('agency.notFound', { id })}</h1>
        </div>
      ) : (
        <QueryState queries={[detail]}>
          {data && agency && (
            <>
              <header className="page__header">
                <h1 id="page-title">
                  {agency.name}
                  {agency.abbreviation && (
                    <>
                      {' '}
                      <span className="agency-abbr">({agency.abbreviation})</span>
                    </>
                  )}
                </h1>
                <p className="page__meta">
                  <span>
                    {t(`agency.category.${agency.category}`)} · {regionName}
                  </span>
                  {latest && (
                    <>
                      {' · '}
                      <span>
                        SAKIP {latest.year}: <PredicateMark evaluation={latest} />
                      </span>
                    </>
                  )}{' '}
                  <ProvenanceBadge provenance="synthetic" />
                </p>
              </header>
              {agency.regionCode !== code && (
                <p className="notice" role="status">
                  <span aria-hidden="true">ⓘ </span>
                  {t('agency.otherRegion', { region: regionName })}
                </p>
              )}
              <p className="page__source">
                {t('agency.nameSource', { source: agency.source[locale] })}
              </p>

              <section aria-labelledby="iku-title" className="section">
                <div className="section__head">
                  <h2 id="iku-title">
                    {t('agency.iku.title', { year: year ?? '' })}{' '}
                    {data.iku.length > 0 && data.iku.every((i) => i.provenance === 'synthetic') && (
                      <ProvenanceBadge provenance="synthetic" />
                    )}
                  </h2>
                  {year !== null && data.iku.length > 0 && (
                    <YearSelect
                      years={ikuYears(data.iku)}
                      value={year}
                      label={t('agency.iku.year')}
                    />
                  )}
                </div>
                {data.iku.length === 0 || year === null ? (
                  <p className="state">{t('agency.iku.none')}</p>
                ) : (
                  <IkuTable
                    iku={data.iku}
                    year={year}
                    agency={agency}
                    region={region ?? { code: agency.regionCode }}
                    regionName={regionName}
                    dataAsOf={data.dataAsOf}
                  />
                )}
              </section>

              <SakipHistory
                agency={agency}
                region={region ?? { code: agency.regionCode }}
                regionName={regionName}
                dataAsOf={data.dataAsOf}
              />

              <div className="two-columns">
                <section aria-labelledby="owned-indicators-title" className="section">
                  <h2 id="owned-indicators-title">{t('agency.indicators.title')}</h2>
                  {data.indicatorIds.length === 0 ? (
                    <p>{t('agency.indicators.none')}</p>
                  ) : (
                    <ul className="plain-list">
                      {data.indicatorIds.map((indicatorId) => {
                        const indicator = catalog.data?.indicators.find((i) => i.id === indicatorId)
                        return (
                          <li key={indicatorId}>
                            <Link to={{ pathname: `/indicators/${indicatorId}`, search }}>
                              {indicator?.name[locale] ?? indicatorId}
                            </Link>
                          </li>
                        )
                      })}
                    </ul>
                  )}
                </section>
                <section aria-labelledby="owned-programs-title" className="section">
                  <h2 id="owned-programs-title">{t('agency.programs.title')}</h2>
                  <QueryState queries={[programs]}>
                    {programs.data && programs.data.programs.length === 0 ? (
                      <p>{t('agency.programs.none')}</p>
                    ) : (
                      <ul className="plain-list program-mini-list">
                        {programs.data?.programs.map((program) => (
                          <li key={program.id}>
                            <span className="program-mini-list__title">
                              {program.title[locale]}
                            </span>
                            <span className="program-mini-list__meta">
                              {t(`programs.kind.${program.kind}`)} · {t('programs.table.due')}{' '}
                              {i18n.date(program.dueDate)} · {i18n.percent(program.progress, 0)}{' '}
                              <ProgramStatusBadge status={program.status} />
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </QueryState>
                  <p>
                    <Link to={{ pathname: '/programs', search: programsSearch }}>
                      {t('agency.programs.more', { agency: agency.abbreviation ?? agency.name })}
                    </Link>
                  </p>
                </section>
              </div>
              <p className="page__note">{t('agencies.syntheticNote')}</p>
            </>
          )}
        </QueryState>
      )}
    </section>
  )
}
