import { Link } from 'react-router'
import type { Agency } from '@/api/agencies'
import { TableScroll } from '@/components/ui/table-scroll'
import { useFilterSearch } from '@/filters/use-filters'
import { useI18n } from '@/i18n/i18n'
import { PredicateMark } from './predicate-cell'
import { sakipCsv, type CsvRegion } from '@/analysis/export-rows'
import { evaluationOf } from './sakip-view'
import { ExportMenu } from '@/components/ui/export-menu'

type SakipGridProps = {
  agencies: ReadonlyArray<Agency>
  years: ReadonlyArray<number>
  selectedYear: number | null
  region: CsvRegion
  regionName: string
  dataAsOf: string
}

/** Agency × year: the predicate letter and score in every cell, a plain "not evaluated" otherwise. */
export function SakipGrid({
  agencies,
  years,
  selectedYear,
  region,
  regionName,
  dataAsOf,
}: SakipGridProps) {
  const i18n = useI18n()
  const { t } = i18n
  const search = useFilterSearch()
  const first = years[0]
  const last = years.at(-1)
  return (
    <section aria-labelledby="sakip-grid-title" className="section">
      <div className="section__bar">
        <h2 id="sakip-grid-title">{t('agencies.grid.title')}</h2>
        <ExportMenu
          fileName={`sakip-${regionName}`}
          csv={() =>
            sakipCsv(
              i18n,
              { ...region, name: regionName },
              agencies.flatMap((agency) =>
                agency.sakip.map((evaluation) => ({ agency, evaluation })),
              ),
              dataAsOf,
            )
          }
        />
      </div>
      <TableScroll labelledBy="sakip-grid-caption">
        <table className="data-table sakip-grid">
          <caption id="sakip-grid-caption">
            {t('agencies.grid.caption', {
              region: regionName,
              from: first ?? '',
              to: last ?? '',
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('agencies.grid.agency')}</th>
              {years.map((year) => (
                <th
                  key={year}
                  scope="col"
                  className={year === selectedYear ? 'num is-selected' : 'num'}
                >
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {agencies.map((agency) => (
              <tr key={agency.id}>
                <th scope="row">
                  <Link to={{ pathname: `/agencies/${agency.id}`, search }}>{agency.name}</Link>
                  {agency.abbreviation && (
                    <>
                      {' '}
                      <span className="agency-abbr">({agency.abbreviation})</span>
                    </>
                  )}
                </th>
                {years.map((year) => {
                  const evaluation = evaluationOf(agency, year)
                  const selected = year === selectedYear ? ' is-selected' : ''
                  return evaluation ? (
                    <td key={year} className={`sakip-cell${selected}`}>
                      <PredicateMark evaluation={evaluation} />
                    </td>
                  ) : (
                    <td key={year} className={`sakip-cell sakip-cell--none${selected}`}>
                      {t('agencies.grid.none')}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="section__note">{t('agencies.grid.legend')}</p>
    </section>
  )
}
