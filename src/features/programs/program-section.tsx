import { Link } from 'react-router'
import type { Program } from '@/api/programs'
import { ProgramStatusBadge } from '@/components/ui/program-status-badge'
import { TableScroll } from '@/components/ui/table-scroll'
import { byUrgency, PROGRAM_STATUSES } from '@/domain/program-status'
import { programRollup } from '@/domain/rollup'
import { programsCsv, type CsvPlace } from '@/analysis/export-rows'
import { dayOf } from '@/domain/dates'
import { rollupSentence } from '@/i18n/format-indicator'
import { ExportMenu } from '@/components/ui/export-menu'
import { useFilterSearch } from '@/filters/use-filters'
import { useI18n } from '@/i18n/i18n'
import { DatedNotes } from './dated-notes'
import '@/components/ui/meter.css'

type ProgramSectionProps = {
  kind: Program['kind']
  /** Every program of the region: the roll-up counts the whole set of this kind. */
  all: ReadonlyArray<Program>
  /** The programs listed (narrowed by the agency and status filters). */
  listed: ReadonlyArray<Program>
  /** The dataset's time: its day is the roll-up's "as of". */
  dataAsOf: string
  /** The region, with its name as shown. */
  place: CsvPlace
}

/**
 * One kind of program: the roll-up of the whole set (the same number the scorecard card and the
 * briefing show, src/domain/rollup.ts), the count by status, and the list under the filters.
 */
export function ProgramSection({ kind, all, listed, dataAsOf, place }: ProgramSectionProps) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const search = useFilterSearch()
  const regionName = place.name
  const summary = programRollup(all, kind, dayOf(dataAsOf))
  const programs = listed.filter((p) => p.kind === kind)
  const ordered = byUrgency(programs, locale)
  const headingId = `programs-${kind}`
  const kindLabel = t(`programs.kind.${kind}`)
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{kindLabel}</h2>
      <p className="section__note">{t(`programs.kindNote.${kind}`)}</p>
      <div className="section__bar">
        <p className="rollup">{rollupSentence(i18n, summary, regionName)}</p>
        {programs.length > 0 && (
          <ExportMenu
            fileName={`${kind === 'hundred-day' ? 'program-100-hari' : 'program-prioritas'}-${regionName}`}
            csv={() => programsCsv(i18n, place, ordered, dataAsOf)}
          />
        )}
      </div>
      {summary.total > 0 && programs.length !== summary.total && (
        <p className="section__note" role="status">
          {t('programs.listed', { shown: programs.length, total: summary.total })}
        </p>
      )}
      {summary.total > 0 && programs.length === 0 && (
        <p className="state">{t('programs.rollupEmpty')}</p>
      )}
      {programs.length > 0 && (
        <>
          <ul className="status-counts" aria-label={t('programs.byStatus')}>
            {PROGRAM_STATUSES.filter((status) => summary.byStatus[status] > 0).map((status) => (
              <li key={status}>
                <ProgramStatusBadge status={status} />{' '}
                <span className="status-counts__n">{summary.byStatus[status]}</span>
              </li>
            ))}
          </ul>
          <TableScroll labelledBy={`${headingId}-caption`}>
            <table className="data-table program-table">
              <caption id={`${headingId}-caption`} className="visually-hidden">
                {t('programs.table.caption', { kind: kindLabel })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('programs.table.program')}</th>
                  <th scope="col">{t('programs.table.agency')}</th>
                  <th scope="col">{t('programs.table.start')}</th>
                  <th scope="col">{t('programs.table.due')}</th>
                  <th scope="col">{t('programs.table.status')}</th>
                  <th scope="col" className="num">
                    {t('programs.table.progress')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {ordered.map((program) => (
                  <tr key={program.id} className={`program-row program-row--${program.status}`}>
                    <th scope="row">
                      <span className="program-title">{program.title[locale]}</span>
                      <details className="program-details">
                        <summary>{t('programs.details')}</summary>
                        <div className="program-details__body">
                          <div>
                            <h3>{t('programs.milestones')}</h3>
                            <ul>
                              {program.milestones.map((milestone) => (
                                <li key={milestone.dueDate + milestone.title.id}>
                                  <span aria-hidden="true">{milestone.doneOn ? '✓ ' : '○ '}</span>
                                  {milestone.title[locale]} —{' '}
                                  {milestone.doneOn
                                    ? t('programs.milestone.done', {
                                        date: i18n.date(milestone.doneOn),
                                      })
                                    : t('programs.milestone.open', {
                                        date: i18n.date(milestone.dueDate),
                                      })}
                                </li>
                              ))}
                            </ul>
                          </div>
                          <div>
                            <h3>{t('programs.updates')}</h3>
                            {program.updates.length === 0 ? (
                              <p>{t('programs.noUpdates')}</p>
                            ) : (
                              <DatedNotes notes={program.updates} />
                            )}
                          </div>
                        </div>
                      </details>
                    </th>
                    <td>
                      <Link
                        to={{ pathname: `/agencies/${program.agency.id}`, search }}
                        title={program.agency.name}
                      >
                        {program.agency.abbreviation ?? program.agency.name}
                      </Link>
                    </td>
                    <td className="nowrap">{i18n.date(program.startDate)}</td>
                    <td className="nowrap">{i18n.date(program.dueDate)}</td>
                    <td>
                      <ProgramStatusBadge status={program.status} />
                      {program.completedOn && (
                        <span className="cell-note">
                          {t('programs.completedOn', { date: i18n.date(program.completedOn) })}
                        </span>
                      )}
                    </td>
                    <td className="num">
                      <span className="meter-cell meter-cell--end">
                        <span className="meter-cell__value">
                          {i18n.percent(program.progress, 0)}
                        </span>
                        <span className="meter" aria-hidden="true">
                          <span className="meter__fill" style={{ width: `${program.progress}%` }} />
                        </span>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  )
}
