import { Link } from 'react-router'
import type { Directive } from '@/api/directives'
import { TableScroll } from '@/components/ui/table-scroll'
import { useFilterSearch } from '@/filters/use-filters'
import { useI18n } from '@/i18n/i18n'
import { ExportMenu } from '@/components/ui/export-menu'
import { dayOf } from '@/domain/dates'
import { directivesCsv, type CsvPlace } from '@/analysis/export-rows'
import { DatedNotes } from './dated-notes'
import { directiveRows, directiveSummary } from '@/domain/directives'

const STATUS_ICONS: Record<Directive['status'], string> = {
  'not-started': '○',
  'in-progress': '→',
  done: '✓',
}

function DirectiveStatusBadge({ status }: { status: Directive['status'] }) {
  const { t } = useI18n()
  return (
    <span className={`status directive-status directive-status--${status}`}>
      <span aria-hidden="true" className="status__icon">
        {STATUS_ICONS[status]}
      </span>
      {t(`directiveStatus.${status}`)}
    </span>
  )
}

/** Directives of past briefings and their follow-up; overdue ones say so in text, with an icon. */
export function DirectivesSection({
  directives,
  dataAsOf,
  place,
}: {
  directives: ReadonlyArray<Directive>
  /** The dataset's time: its day is "today", never the wall clock. */
  dataAsOf: string
  /** The region, with its name as shown. */
  place: CsvPlace
}) {
  const today = dayOf(dataAsOf)
  const i18n = useI18n()
  const { t, locale } = i18n
  const search = useFilterSearch()
  const rows = directiveRows(directives, today)
  const summary = directiveSummary(rows)
  return (
    <section aria-labelledby="directives-title" className="section">
      <h2 id="directives-title">{t('directives.heading')}</h2>
      {rows.length === 0 ? (
        <p className="state">{t('directives.empty')}</p>
      ) : (
        <>
          <div className="section__bar">
            <p className="rollup">{t('directives.summary', summary)}</p>
            <ExportMenu
              fileName={`arahan-${place.code}`}
              csv={() => directivesCsv(i18n, place, rows, dataAsOf)}
            />
          </div>
          <TableScroll labelledBy="directives-caption">
            <table className="data-table directive-table">
              <caption id="directives-caption" className="visually-hidden">
                {t('directives.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('directives.directive')}</th>
                  <th scope="col">{t('directives.briefing')}</th>
                  <th scope="col">{t('directives.agency')}</th>
                  <th scope="col">{t('directives.due')}</th>
                  <th scope="col">{t('directives.status')}</th>
                  <th scope="col">{t('directives.followUp')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ directive, overdueDays }) => (
                  <tr
                    key={directive.id}
                    className={overdueDays !== null ? 'is-overdue' : undefined}
                  >
                    <th scope="row">{directive.text[locale]}</th>
                    <td className="nowrap">{i18n.date(directive.briefingDate)}</td>
                    <td>
                      <Link
                        to={{ pathname: `/agencies/${directive.agency.id}`, search }}
                        title={directive.agency.name}
                      >
                        {directive.agency.abbreviation ?? directive.agency.name}
                      </Link>
                    </td>
                    <td>
                      <span className="nowrap">{i18n.date(directive.dueDate)}</span>
                      {overdueDays !== null && (
                        <span className="overdue">
                          <span aria-hidden="true">⚠ </span>
                          {i18n.plural('directives.overdueDays', overdueDays)}
                        </span>
                      )}
                    </td>
                    <td>
                      <DirectiveStatusBadge status={directive.status} />
                      {directive.completedOn && (
                        <span className="cell-note">
                          {t('directives.completedOn', { date: i18n.date(directive.completedOn) })}
                        </span>
                      )}
                    </td>
                    <td>
                      {directive.followUps.length === 0 ? (
                        <span className="cell-note">{t('directives.noFollowUp')}</span>
                      ) : (
                        <DatedNotes notes={directive.followUps} />
                      )}
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
