import { useQuery } from '@tanstack/react-query'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { LoadingState, QueryState } from '@/components/ui/query-state'
import { useSettledOrLate } from '@/components/ui/use-settled-or-late'
import { EmptyRegion } from '@/filters/empty-region'
import { dayOf } from '@/domain/dates'
import { AgencyFilter } from '@/filters/agency-filter'
import { useFilters } from '@/filters/use-filters'
import { useResolvedRegion } from '@/filters/use-region'
import { useI18n } from '@/i18n/i18n'
import { resolveAgency } from '@/domain/agencies'
import { usePageTitle } from '@/components/ui/use-page-title'
import { placeName } from '@/domain/places'
import { DirectivesSection } from './directives-section'
import { PjEvaluationSection } from './pj-evaluation-section'
import { ProgramSection } from './program-section'
import { programsPageQueries } from './queries'
import { StatusFilter } from './status-filter'
import './programs.css'

/**
 * /programs: the 100-day and priority programs (filtered by agency and status in the URL), the
 * quarterly Pj evaluation, and the follow-up of briefing directives.
 */
export function ProgramsPage() {
  const i18n = useI18n()
  const { t } = i18n
  const { filters } = useFilters()
  const { code, region } = useResolvedRegion()
  const regionName = region ? placeName(region) : code
  // The region as its exports name it: both codes from its record, once it is known.
  const place = { ...(region ?? { code }), name: regionName }
  usePageTitle(t('programs.title', { region: regionName }))
  const agencies = useQuery(programsPageQueries(code, null).agencies)
  const agencyList = agencies.data?.agencies ?? []
  const { agency, unknown: unknownAgency } = resolveAgency(
    agencies.data?.agencies,
    filters.agency,
    code,
  )
  // The region's whole programme: the roll-ups count the whole set; the filters narrow the lists.
  const queries = programsPageQueries(code, agency)
  const programs = useQuery(queries.programs)
  const directives = useQuery(queries.directives)
  const pj = useQuery(queries.pj)
  const dataAsOf = programs.data?.dataAsOf
  const all = programs.data?.programs ?? []
  const listed = all.filter(
    (p) =>
      (agency === null || p.agency.id === agency) &&
      (filters.status === null || p.status === filters.status),
  )
  // The three sections appear together (no layout shift as each lands), unless one is slow: after
  // a moment each shows its own state, so one slow resource never hides the others.
  const sectionsReady = useSettledOrLate([programs, pj, directives], 1500)

  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page__header">
        <h1 id="page-title">{t('programs.title', { region: regionName })}</h1>
        <p className="page__meta">
          {dataAsOf && (
            <span>{t('programs.statusAsOf', { date: i18n.date(dayOf(dataAsOf)) })}</span>
          )}{' '}
          <ProvenanceBadge provenance="synthetic" />
        </p>
      </header>
      <p className="page__intro">{t('programs.intro')}</p>
      <QueryState queries={[agencies]}>
        {agencies.data && agencyList.length === 0 ? (
          <EmptyRegion message={t('programs.empty', { region: regionName })} />
        ) : (
          <>
            <div className="page-filters">
              <AgencyFilter agencies={agencyList} />
              <StatusFilter />
            </div>
            {unknownAgency && (
              <p className="notice" role="status">
                <span aria-hidden="true">ⓘ </span>
                {t('agencies.unknownAgency', { value: unknownAgency, region: regionName })}
              </p>
            )}
            {!sectionsReady ? (
              <LoadingState />
            ) : (
              <>
                <QueryState queries={[programs]}>
                  <div
                    aria-busy={programs.isPlaceholderData}
                    className={programs.isPlaceholderData ? 'is-updating' : undefined}
                  >
                    {dataAsOf &&
                      (['hundred-day', 'priority'] as const).map((kind) => (
                        <ProgramSection
                          key={kind}
                          kind={kind}
                          all={all}
                          listed={listed}
                          dataAsOf={dataAsOf}
                          place={place}
                        />
                      ))}
                    <p className="section__note">{t('programs.statusRule')}</p>
                  </div>
                </QueryState>
                <QueryState queries={[pj]}>
                  {pj.data && <PjEvaluationSection data={pj.data} place={place} />}
                </QueryState>
                <QueryState queries={[directives]}>
                  {directives.data && (
                    <DirectivesSection
                      directives={directives.data.directives}
                      dataAsOf={directives.data.dataAsOf}
                      place={place}
                    />
                  )}
                </QueryState>
                <p className="page__note">{t('agencies.syntheticNote')}</p>
              </>
            )}
          </>
        )}
      </QueryState>
    </section>
  )
}
