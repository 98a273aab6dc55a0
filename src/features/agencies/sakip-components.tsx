import type { Agency, SakipComponents } from '@/api/agencies'
import { TableScroll } from '@/components/ui/table-scroll'
import { FIRST_YEAR_OF_88_2021, SAKIP_COMPONENTS } from '@/domain/sakip'
import { useI18n } from '@/i18n/i18n'
import { ExportMenu } from '@/components/ui/export-menu'
import { PredicateMark } from './predicate-cell'
import { sakipCsv, type CsvRegion } from '@/analysis/export-rows'
import { evaluationOf } from './sakip-view'
import '@/components/ui/meter.css'

function Meter({ value, max }: { value: number; max: number }) {
  const i18n = useI18n()
  return (
    <span className="meter-cell">
      <span className="meter-cell__value">{i18n.number(value, 2)}</span>
      <span className="meter" aria-hidden="true">
        <span className="meter__fill" style={{ width: `${Math.min(100, (value / max) * 100)}%` }} />
      </span>
    </span>
  )
}

/** Each agency's four component scores in one year, against their maxima (30, 30, 15, 25). */
export function SakipComponentsTable({
  agencies,
  year,
  region,
  regionName,
  dataAsOf,
}: {
  agencies: ReadonlyArray<Agency>
  year: number
  region: CsvRegion
  regionName: string
  dataAsOf: string
}) {
  const i18n = useI18n()
  const { t } = i18n
  return (
    <section aria-labelledby="sakip-components-title" className="section">
      <div className="section__bar">
        <h2 id="sakip-components-title">{t('agencies.components.title', { year })}</h2>
        {year >= FIRST_YEAR_OF_88_2021 && (
          <ExportMenu
            fileName={`sakip-komponen-${regionName}-${year}`}
            csv={() =>
              sakipCsv(
                i18n,
                { ...region, name: regionName },
                agencies.flatMap((agency) => {
                  const evaluation = evaluationOf(agency, year)
                  return evaluation ? [{ agency, evaluation }] : []
                }),
                dataAsOf,
              )
            }
          />
        )}
      </div>
      {year < FIRST_YEAR_OF_88_2021 ? (
        <p className="state">{t('agencies.components.oldFramework', { year })}</p>
      ) : (
        <>
          <TableScroll labelledBy="sakip-components-caption">
            <table className="data-table sakip-components">
              <caption id="sakip-components-caption">
                {t('agencies.components.caption', { year })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('agencies.grid.agency')}</th>
                  {SAKIP_COMPONENTS.map((component) => (
                    <th key={component.id} scope="col">
                      {t(`agencies.components.${component.id}`)}{' '}
                      <span className="th-note">
                        ({t('agencies.components.max', { max: component.max })})
                      </span>
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('agencies.components.total')}{' '}
                    <span className="th-note">({t('agencies.components.max', { max: 100 })})</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {agencies.map((agency) => {
                  const evaluation = evaluationOf(agency, year)
                  const components: SakipComponents | null = evaluation?.components ?? null
                  return (
                    <tr key={agency.id}>
                      <th scope="row">{agency.abbreviation ?? agency.name}</th>
                      {evaluation && components ? (
                        <>
                          {SAKIP_COMPONENTS.map((component) => (
                            <td key={component.id}>
                              <Meter value={components[component.id]} max={component.max} />
                            </td>
                          ))}
                          <td className="num">
                            <PredicateMark evaluation={evaluation} />
                          </td>
                        </>
                      ) : (
                        <td colSpan={SAKIP_COMPONENTS.length + 1} className="sakip-cell--none">
                          {t('agencies.grid.none')}
                        </td>
                      )}
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </TableScroll>
          <p className="section__note">{t('agencies.components.note')}</p>
        </>
      )}
    </section>
  )
}
