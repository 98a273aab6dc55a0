/**
 * The chart frame every chart lives in (src/components/charts/chart-frame.tsx): its title, unit
 * line and one-sentence summary, the table twin behind "Tabel", the exports behind "Unduh", and
 * the table that comes with a chart on paper. The chart is a stand-in: the frame knows nothing of it.
 */
import { act, screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { ChartFrame, EmptyChartFrame, type ChartFrameProps } from '@/components/charts/chart-frame'
import { BOM } from '@/domain/csv'
import { renderWithProviders } from '../render'
import { catchDownloads } from './download'

const TITLE = 'Tingkat Pengangguran Terbuka Kota Bogor'

const ROWS: ChartFrameProps['rows'] = () => [
  { key: '2021', header: '2021', cells: { value: '5,10', source: 'BPS' } },
  { key: '2022', header: '2022', cells: { source: 'BPS' } },
  { key: '2023', header: '2023', cells: { value: '4,20', source: 'BPS' } },
]

function frame(over: Partial<ChartFrameProps> = {}) {
  const props: ChartFrameProps = {
    title: TITLE,
    subtitle: 'Persen, 2021–2023',
    summary: 'TPT turun dari 5,10 % (2021) menjadi 4,20 % (2023).',
    rowHeader: 'Periode',
    columns: [
      { key: 'value', label: 'Nilai', numeric: true },
      { key: 'source', label: 'Sumber' },
    ],
    rows: ROWS,
    csv: () => ({
      header: ['periode', 'nilai'],
      rows: [
        ['2021', 5.1],
        ['2022', null],
        ['2023', 4.2],
      ],
    }),
    footnotes: ['Sumber: BPS, Sakernas Agustus', 'Data per 1 November 2026'],
    fileName: 'TPT Kota Bogor',
    children: (
      <svg role="img" aria-label="Grafik garis TPT">
        <line x1="0" y1="0" x2="10" y2="10" />
      </svg>
    ),
    ...over,
  }
  return <ChartFrame {...props} />
}

/** The rows of a table as text, header row first. */
function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.children].map((cell) => cell.textContent))
}

test('the frame is a figure named by its title, with the unit line, the summary and the notes', async () => {
  await renderWithProviders(frame())
  const figure = screen.getByRole('figure', { name: TITLE })
  expect(within(figure).getByRole('heading', { level: 2, name: TITLE })).toBeInTheDocument()
  expect(figure).toHaveTextContent('Persen, 2021–2023')
  expect(figure.querySelector('figcaption')).toHaveTextContent(
    'TPT turun dari 5,10 % (2021) menjadi 4,20 % (2023).',
  )
  expect(
    within(figure)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['Sumber: BPS, Sakernas Agustus', 'Data per 1 November 2026'])
})

test('the chart shows first; "Tabel" swaps it for the table twin, with a dash where a figure is missing', async () => {
  const rows = vi.fn(ROWS)
  const { user } = await renderWithProviders(frame({ rows }))
  const figure = screen.getByRole('figure', { name: TITLE })
  const chartButton = within(figure).getByRole('button', { name: 'Grafik' })
  const tableButton = within(figure).getByRole('button', { name: 'Tabel' })
  expect(chartButton).toHaveAttribute('aria-pressed', 'true')
  expect(tableButton).toHaveAttribute('aria-pressed', 'false')
  expect(within(figure).getByRole('img', { name: 'Grafik garis TPT' })).toBeInTheDocument()
  expect(within(figure).queryByRole('table')).not.toBeInTheDocument()
  // A hidden table is not built.
  expect(rows).not.toHaveBeenCalled()

  await user.click(tableButton)
  expect(tableButton).toHaveAttribute('aria-pressed', 'true')
  expect(within(figure).queryByRole('img')).not.toBeInTheDocument()
  const table = within(figure).getByRole('table', { name: TITLE })
  expect(rowsOf(table)).toEqual([
    ['Periode', 'Nilai', 'Sumber'],
    ['2021', '5,10', 'BPS'],
    ['2022', '–', 'BPS'],
    ['2023', '4,20', 'BPS'],
  ])
  // The wide table scrolls in a box a keyboard can reach, named by the table's caption.
  expect(within(figure).getByRole('region', { name: TITLE })).toHaveAttribute('tabindex', '0')

  await user.click(chartButton)
  expect(within(figure).getByRole('img', { name: 'Grafik garis TPT' })).toBeInTheDocument()
  expect(within(figure).queryByRole('table')).not.toBeInTheDocument()
})

test('a frame asked to open on its table (view=table in the link) does', async () => {
  await renderWithProviders(frame({ initialView: 'table' }))
  expect(screen.getByRole('button', { name: 'Tabel' })).toHaveAttribute('aria-pressed', 'true')
  expect(screen.getByRole('table', { name: TITLE })).toBeInTheDocument()
})

test('"Unduh" offers both CSV dialects and the PNG; each CSV is the same figures in its own dialect', async () => {
  const downloads = catchDownloads()
  const { user } = await renderWithProviders(frame())
  const menu = screen.getByRole('button', { name: /Unduh/ })
  expect(menu).toHaveAttribute('aria-expanded', 'false')
  await user.click(menu)
  expect(menu).toHaveAttribute('aria-expanded', 'true')
  expect(screen.getByRole('button', { name: 'Gambar PNG' })).toBeEnabled()

  await user.click(screen.getByRole('button', { name: 'CSV (koma, titik desimal)' }))
  // Choosing closes the menu.
  expect(menu).toHaveAttribute('aria-expanded', 'false')
  await user.click(menu)
  await user.click(screen.getByRole('button', { name: 'CSV untuk Excel Indonesia (;)' }))

  expect(downloads.map((d) => d.fileName)).toEqual([
    'tpt-kota-bogor.csv',
    'tpt-kota-bogor-excel-id.csv',
  ])
  expect(await downloads[0]!.text()).toBe(
    `${BOM}periode,nilai\r\n2021,5.1\r\n2022,\r\n2023,4.2\r\n`,
  )
  expect(await downloads[1]!.text()).toBe(
    `${BOM}periode;nilai\r\n2021;5,1\r\n2022;\r\n2023;4,2\r\n`,
  )
})

test('Escape closes the export menu without downloading', async () => {
  const downloads = catchDownloads()
  const { user } = await renderWithProviders(frame())
  const menu = screen.getByRole('button', { name: /Unduh/ })
  await user.click(menu)
  await user.keyboard('{Escape}')
  expect(menu).toHaveAttribute('aria-expanded', 'false')
  expect(screen.queryByRole('button', { name: 'Gambar PNG' })).not.toBeInTheDocument()
  expect(downloads).toEqual([])
})

test('the PNG is only offered while the chart is shown', async () => {
  const { user } = await renderWithProviders(frame())
  await user.click(screen.getByRole('button', { name: 'Tabel' }))
  await user.click(screen.getByRole('button', { name: /Unduh/ }))
  expect(screen.getByRole('button', { name: 'Gambar PNG' })).toBeDisabled()
})

test('a PNG asked of a frame with no drawing says so in an alert instead of failing silently', async () => {
  const { user } = await renderWithProviders(frame({ children: <p>Memuat grafik…</p> }))
  await user.click(screen.getByRole('button', { name: /Unduh/ }))
  await user.click(screen.getByRole('button', { name: 'Gambar PNG' }))
  expect(screen.getByRole('alert')).toHaveTextContent(
    'Gambar tidak dapat dibuat; tampilkan grafik lalu coba lagi.',
  )
})

test('on paper the chart comes with its table, and only while printing', async () => {
  await renderWithProviders(frame())
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
  act(() => {
    window.dispatchEvent(new Event('beforeprint'))
  })
  expect(screen.getByRole('img', { name: 'Grafik garis TPT' })).toBeInTheDocument()
  expect(rowsOf(screen.getByRole('table', { name: TITLE }))[1]).toEqual(['2021', '5,10', 'BPS'])
  act(() => {
    window.dispatchEvent(new Event('afterprint'))
  })
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
})

test('English labels come from the English dictionary', async () => {
  const { user } = await renderWithProviders(frame(), { locale: 'en' })
  expect(screen.getByRole('group', { name: 'Chart view' })).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Table' }))
  expect(screen.getByRole('button', { name: 'Chart' })).toHaveAttribute('aria-pressed', 'false')
})

test('a chart with nothing to draw keeps its title and says why', async () => {
  await renderWithProviders(
    <EmptyChartFrame title={TITLE} message="Belum ada angka untuk rentang ini." />,
  )
  const region = screen.getByRole('region', { name: TITLE })
  expect(within(region).getByRole('heading', { name: TITLE })).toBeInTheDocument()
  expect(region).toHaveTextContent('Belum ada angka untuk rentang ini.')
  expect(within(region).queryByRole('button')).not.toBeInTheDocument()
})
