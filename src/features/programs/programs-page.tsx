import { useQuery } from '@tanstack/react-query'
import { agencyQueries } from '@/api/agencies'
import { directiveQueries } from '@/api/directives'
import { pjEvaluationQueries } from '@/api/pj-evaluations'
import { programQueries } from '@/api/programs'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { LoadingState, QueryState } from '@/components/ui/query-state'
import { useSettledOrLate } from '@/components/ui/use-settled-or-late'
import { EmptyRegion } from '@/filters/empty-region'
import { dayOf } from '@/domain/dates'
import { AgencyFilter } from '@/filters/agency-filter'
import { useFilters } from '@/filters/use-filters'
import { useResolvedRegion } from '@/filters/use-region'
import { useI18n } from '@/i18n/i18n'
import { DirectivesSection } from './directives-section'
import { PjEvaluationSection } from './pj-evaluation-section'
import { ProgramSection } from './program-section'
import { StatusFilter } from './status-filter'

/**
 * /programs: the 100-day and priority programs (filtered by agency and status in the URL), the
 * quarterly Pj evaluation, and the follow-up of briefing directives.
 */
export function ProgramsPage() {
  const i18n = useI18n()
  const { t } = i18n
  const { filters } = useFilters()
  const { code, region } = useResolvedRegion()
  const regionName = region?.name ?? code
  const agencies = useQuery(agencyQueries.list(code))
  const agencyList = agencies.data?.agencies ?? []
  const known = agencyList.some((agency) => agency.id === filters.agency)
  // An agency of another city would match nothing: once the list is in, an unknown agency means
  // all agencies (and a notice). Before that, trust an id that starts with this region's code, so
  // the common case needs no second request.
  const agency = agencies.data
    ? known
      ? filters.agency
      : null
    : filters.agency?.startsWith(`${code}-`)
      ? filters.agency
      : null
  const unknownAgency = agencies.data && filters.agency !== null && !known ? filters.agency : null
  const programs = useQuery(programQueries.list({ region: code, agency, status: filters.status }))
  const directives = useQuery(directiveQueries.list({ region: code, agency }))
  const pj = useQuery(pjEvaluationQueries.list(code))
  const dataAsOf = programs.data?.dataAsOf
  const listed = programs.data?.programs ?? []

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
                    <ProgramSection
                      kind="hundred-day"
                      programs={listed.filter((p) => p.kind === 'hundred-day')}
                      today={dayOf(dataAsOf ?? '')}
                    />
                    <ProgramSection
                      kind="priority"
                      programs={listed.filter((p) => p.kind === 'priority')}
                      today={dayOf(dataAsOf ?? '')}
                    />
                    <p className="section__note">{t('programs.statusRule')}</p>
                  </div>
                </QueryState>
                <QueryState queries={[pj]}>
                  {pj.data && <PjEvaluationSection data={pj.data} regionName={regionName} />}
                </QueryState>
                <QueryState queries={[directives]}>
                  {directives.data && (
                    <DirectivesSection
                      directives={directives.data.directives}
                      today={dayOf(directives.data.dataAsOf)}
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
