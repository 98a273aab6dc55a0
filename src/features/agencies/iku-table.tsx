import type { Agency, Iku } from '@/api/agencies'
import { ikuCsv, type CsvRegion } from '@/analysis/export-rows'
import { ProvenanceBadge } from '@/components/ui/provenance-badge'
import { TableScroll } from '@/components/ui/table-scroll'
import type { CapaianBand } from '@/domain/capaian'
import { useI18n, type I18n } from '@/i18n/i18n'
import { ikuRows } from './iku-view'
import { ExportMenu } from '@/components/ui/export-menu'

function formatIkuValue(i18n: I18n, iku: Iku, value: number): string {
  switch (iku.unit) {
    case 'percent':
      return i18n.percent(value, iku.decimals)
    case 'days':
      return i18n.t('agency.iku.unit.days', { value: i18n.number(value, iku.decimals) })
    case 'rupiah-billion':
      return i18n.t('agency.iku.unit.rupiah-billion', { value: i18n.number(value, iku.decimals) })
    case 'count':
    case 'index':
      return i18n.number(value, iku.decimals)
  }
}

/** Text and a shape, never colour alone. */
const BAND_ICONS: Record<CapaianBand, string> = {
  'very-good': '▲▲',
  good: '▲',
  fair: '■',
  poor: '▼',
  'very-poor': '▼▼',
}

function CapaianBadge({ band }: { band: CapaianBand }) {
  const { t } = useI18n()
  return (
    <span className={`status capaian capaian--${band}`}>
      <span aria-hidden="true" className="status__icon">
        {BAND_ICONS[band]}
      </span>
      {t(`capaian.band.${band}`)}
    </span>
  )
}

/** Target, realisation and capaian of an agency's key indicators in one year. */
export function IkuTable({
  iku,
  year,
  agency,
  region,
  regionName,
  dataAsOf,
}: {
  iku: ReadonlyArray<Iku>
  year: number
  agency: Pick<Agency, 'id' | 'name'>
  region: CsvRegion
  regionName: string
  dataAsOf: string
}) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const rows = ikuRows(iku, year).filter((row) => row.target !== null)
  // When every IKU is synthetic the section heading says so once; otherwise each row does.
  const mixed = new Set(iku.map((i) => i.provenance)).size > 1
  if (rows.length === 0) return <p className="state">{t('agency.iku.noYear', { year })}</p>
  return (
    <>
      <div className="table-tools">
        <ExportMenu
          fileName={`iku-${agency.id}-${year}`}
          csv={() => ikuCsv(i18n, { ...region, name: regionName }, agency, year, rows, dataAsOf)}
        />
      </div>
      <TableScroll labelledBy="iku-caption">
        <table className="data-table iku-table">
          <caption id="iku-caption">
            {t('agency.iku.caption', { agency: agency.name, year })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('agency.iku.indicator')}</th>
              <th scope="col" className="num">
                {t('agency.iku.target')}
              </th>
              <th scope="col" className="num">
                {t('agency.iku.realisation')}
              </th>
              <th scope="col" className="num">
                {t('agency.iku.capaian')}
              </th>
              <th scope="col">{t('agency.iku.band')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.iku.id}>
                <th scope="row">
                  {row.iku.name[locale]}
                  <span className="cell-note">
                    {t(row.iku.polarity === 'lower' ? 'agency.iku.lower' : 'agency.iku.higher')}
                  </span>
                  {mixed && <ProvenanceBadge provenance={row.iku.provenance} />}
                </th>
                <td className="num">
                  {row.target === null ? '–' : formatIkuValue(i18n, row.iku, row.target)}
                </td>
                <td className="num">
                  {row.realisation === null
                    ? t('agency.iku.noRealisation')
                    : formatIkuValue(i18n, row.iku, row.realisation)}
                </td>
                <td className="num">
                  {row.capaian === null
                    ? row.realisation === null
                      ? '–'
                      : t('agency.iku.noCapaian')
                    : i18n.percent(row.capaian, 2)}
                </td>
                <td>{row.band ? <CapaianBadge band={row.band} /> : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="section__note">{t('agency.iku.formula')}</p>
    </>
  )
}
