import { useId, useState } from 'react'
import { toCsv, type CsvDialect, type CsvTable } from '@/domain/csv'
import { useI18n } from '@/i18n/i18n'
import { downloadBlob, slug } from './download'

export type { CsvTable }

type ExportMenuProps = {
  /** The file name without extension (made safe here). */
  fileName: string
  /** Built when asked for: a hidden table is not formatted on every change. */
  csv: () => CsvTable
  /** A PNG of the chart, when there is one to draw. */
  png?: (() => void) | undefined
  pngDisabled?: boolean
}

/**
 * "Unduh": every table's exports (docs/decisions/0034-exports-for-analysis.md): CSV with comma and
 * decimal point, CSV for Excel with Indonesian settings (semicolon, decimal comma), and a chart's
 * PNG. Both CSVs carry a BOM and neutralise formula-like cells (src/domain/csv.ts).
 */
export function ExportMenu({ fileName, csv, png, pngDisabled = false }: ExportMenuProps) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const menuId = useId()

  function download(dialect: CsvDialect) {
    const table = csv()
    const text = toCsv(table.header, table.rows, dialect)
    const suffix = dialect === 'indonesian' ? '-excel-id' : ''
    downloadBlob(
      new Blob([text], { type: 'text/csv;charset=utf-8' }),
      `${slug(fileName)}${suffix}.csv`,
    )
    setOpen(false)
  }

  return (
    <div
      className="menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false)
      }}
    >
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('export.menu')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu__items" id={menuId}>
          <button type="button" className="button" onClick={() => download('international')}>
            {t('export.csv')}
          </button>
          <button type="button" className="button" onClick={() => download('indonesian')}>
            {t('export.csvExcelId')}
          </button>
          {png && (
            <button
              type="button"
              className="button"
              disabled={pngDisabled}
              onClick={() => {
                png()
                setOpen(false)
              }}
            >
              {t('export.png')}
            </button>
          )}
        </div>
      )}
    </div>
  )
}
