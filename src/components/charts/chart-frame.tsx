import { useId, useRef, useState, type ReactNode } from 'react'
import { downloadBlob, slug } from '@/components/ui/download'
import { ExportMenu, type CsvTable } from '@/components/ui/export-menu'
import { TableScroll } from '@/components/ui/table-scroll'
import { usePrinting } from '@/components/ui/use-printing'
import { EXPORT_COLORS } from '@/components/tokens/tokens'
import { useI18n } from '@/i18n/i18n'
import { chartToPng, type LegendEntry } from './export-png'
import './chart-frame.css'

/** The legend Recharts drew as HTML, read back as text and colour for the PNG. */
function readLegend(root: HTMLElement | null): LegendEntry[] {
  if (!root) return []
  return [...root.querySelectorAll('.recharts-legend-item')].map((item) => {
    const shape = item.querySelector('path, line, rect')
    const color = shape?.getAttribute('stroke') ?? shape?.getAttribute('fill') ?? 'none'
    const ink = EXPORT_COLORS.png.ink
    return { label: item.textContent?.trim() ?? '', color: color === 'none' ? ink : color }
  })
}

export type TableColumn = { key: string; label: string; numeric?: boolean }
export type TableRow = { key: string; cells: Record<string, ReactNode>; header?: ReactNode }

export type ChartFrameProps = {
  title: string
  /** Unit and period, under the title. */
  subtitle: string
  /** One sentence that says what the chart shows. */
  summary: string
  columns: ReadonlyArray<TableColumn>
  /**
   * The table twin's rows, built only when the table is shown or printed: a hidden table of ten
   * years of months is not formatted again on every filter change.
   */
  rows: () => ReadonlyArray<TableRow>
  /** First column header of the table (the row label), e.g. "Periode" or "Wilayah". */
  rowHeader: string
  /** Built when a CSV is asked for (src/analysis/export-rows.ts for readings). */
  csv: () => CsvTable
  /** Footer of the PNG and of the frame: source, "data per", synthetic note. */
  footnotes: ReadonlyArray<string>
  fileName: string
  initialView?: 'chart' | 'table'
  isUpdating?: boolean
  actions?: ReactNode
  children: ReactNode
}

/** The chart's table twin: one row per point or region, the figures as the chart shows them. */
function DataTable({
  title,
  rowHeader,
  columns,
  rows,
  captionId,
}: Pick<ChartFrameProps, 'title' | 'rowHeader' | 'columns' | 'rows'> & { captionId: string }) {
  return (
    <table className="data-table">
      <caption id={captionId} className="visually-hidden">
        {title}
      </caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows().map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.header}</th>
            {columns.map((column) => (
              <td key={column.key} className={column.numeric ? 'num' : undefined}>
                {row.cells[column.key] ?? '–'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * Every chart lives in a frame: a titled figure with a one-sentence summary, a table twin, CSV (two
 * dialects) and PNG exports. The chart itself is a child and knows nothing of any of this.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { t, locale } = useI18n()
  const titleId = useId()
  const chartRef = useRef<HTMLDivElement>(null)
  const [view, setView] = useState(props.initialView ?? 'chart')
  const [exportError, setExportError] = useState<string | null>(null)
  const captionId = useId()
  const printCaptionId = useId()
  const printing = usePrinting()

  async function handlePng() {
    setExportError(null)
    const svg =
      chartRef.current?.querySelector('.recharts-wrapper > svg') ??
      chartRef.current?.querySelector('svg')
    if (!(svg instanceof SVGSVGElement)) {
      setExportError(t('export.pngUnavailable'))
      return
    }
    try {
      const blob = await chartToPng(svg, {
        title: props.title,
        subtitle: props.subtitle,
        legend: readLegend(chartRef.current),
        footer: props.footnotes,
      })
      downloadBlob(blob, `${slug(props.fileName)}.png`)
    } catch (error) {
      console.warn('[kinerja] PNG export failed', error)
      setExportError(t('export.pngUnavailable'))
    }
  }

  return (
    <figure className="chart-frame" aria-labelledby={titleId} lang={locale}>
      <div className="chart-frame__head">
        <div>
          <h2 id={titleId} className="chart-frame__title">
            {props.title}
          </h2>
          <p className="chart-frame__subtitle">{props.subtitle}</p>
        </div>
        <div className="chart-frame__tools">
          {props.actions}
          <div className="segmented" role="group" aria-label={t('chart.viewLabel')}>
            <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              {t('chart.showChart')}
            </button>
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              {t('chart.showTable')}
            </button>
          </div>
          <ExportMenu
            fileName={props.fileName}
            csv={props.csv}
            png={() => void handlePng()}
            pngDisabled={view !== 'chart'}
          />
        </div>
      </div>
      <figcaption className="chart-frame__summary">{props.summary}</figcaption>
      {exportError && (
        <p role="alert" className="chart-frame__error">
          {exportError}
        </p>
      )}
      <div
        className={props.isUpdating ? 'chart-frame__body is-updating' : 'chart-frame__body'}
        aria-busy={props.isUpdating}
      >
        {view === 'chart' ? (
          <>
            <div ref={chartRef} className="chart-frame__chart">
              {props.children}
            </div>
            {/* On paper every chart comes with its figures; a chart never drawn (far down a page
                not scrolled) is left out and its table stands in. */}
            {printing && (
              <div className="chart-frame__print-table">
                <DataTable {...props} captionId={printCaptionId} />
              </div>
            )}
          </>
        ) : (
          <TableScroll labelledBy={captionId}>
            <DataTable {...props} captionId={captionId} />
          </TableScroll>
        )}
      </div>
      <ul className="chart-frame__notes">
        {props.footnotes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </figure>
  )
}

/** A chart's place when there is nothing to draw: the title stays, the reason is said. */
export function EmptyChartFrame({ title, message }: { title: string; message: string }) {
  return (
    <section className="chart-frame" aria-label={title}>
      <h2 className="chart-frame__title">{title}</h2>
      <p className="state">{message}</p>
    </section>
  )
}
