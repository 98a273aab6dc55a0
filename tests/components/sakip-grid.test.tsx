/**
 * The agency × year SAKIP grid of /agencies (src/features/agencies/sakip-grid.tsx): the predicate
 * and score of every evaluation, "not evaluated" where there is none, each agency a link that
 * keeps the filters, and the CSV of what the grid shows.
 */
import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { SakipGrid } from '@/features/agencies/sakip-grid'
import { makeAgency, makeSakip } from '@/testing/fixtures'
import { renderWithProviders } from '../render'
import { catchDownloads } from './download'

const AGENCIES = [
  makeAgency({
    sakip: [makeSakip(2021, 'B', 65.5), makeSakip(2022, 'BB', 72.25), makeSakip(2023, 'A', 81)],
  }),
  makeAgency({
    id: '3271-kec-bogor-tengah',
    name: 'Kecamatan Bogor Tengah',
    abbreviation: null,
    category: 'kecamatan',
    // Kecamatan were first evaluated later.
    sakip: [makeSakip(2023, 'CC', 58.4)],
  }),
]

function grid(years = [2021, 2022, 2023]) {
  return (
    <SakipGrid
      agencies={AGENCIES}
      years={years}
      selectedYear={2023}
      region={{ code: '3271' }}
      regionName="Kota Bogor"
      dataAsOf="2026-11-01T08:00:00+07:00"
    />
  )
}

/** Each row as the text of its cells (the header row: the column headers). */
function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.children].map((cell) => cell.textContent))
}

test('each agency-year shows its predicate and score, or says it was not evaluated', async () => {
  await renderWithProviders(grid(), { url: '/agencies?region=3271' })
  expect(screen.getByRole('heading', { level: 2, name: 'Predikat SAKIP per tahun' })).toBeVisible()
  const table = screen.getByRole('table', {
    name: 'Predikat dan nilai SAKIP perangkat daerah Kota Bogor, 2021–2023',
  })
  expect(rowsOf(table)).toEqual([
    ['Perangkat daerah', '2021', '2022', '2023'],
    ['Dinas Kesehatan (Dinkes)', 'B 65,50', 'BB 72,25', 'A 81,00'],
    ['Kecamatan Bogor Tengah', 'Belum dievaluasi', 'Belum dievaluasi', 'CC 58,40'],
  ])
})

test('each agency links to its own page with the filters of this one', async () => {
  await renderWithProviders(grid(), { url: '/agencies?region=3271&period=2023&lang=id' })
  const table = screen.getByRole('table')
  expect(within(table).getByRole('link', { name: 'Dinas Kesehatan' })).toHaveAttribute(
    'href',
    '/agencies/3271-dinkes?region=3271&period=2023',
  )
  expect(within(table).getByRole('link', { name: 'Kecamatan Bogor Tengah' })).toHaveAttribute(
    'href',
    '/agencies/3271-kec-bogor-tengah?region=3271&period=2023',
  )
})

test('a year in which nobody was evaluated is still a column, empty for every agency', async () => {
  await renderWithProviders(grid([2020, 2021, 2022, 2023]))
  const table = screen.getByRole('table', { name: /Kota Bogor, 2020–2023$/ })
  const rows = rowsOf(table)
  expect(rows[0]).toEqual(['Perangkat daerah', '2020', '2021', '2022', '2023'])
  expect(rows.slice(1).map((row) => row[1])).toEqual(['Belum dievaluasi', 'Belum dievaluasi'])
})

test('the CSV has one row per evaluation, the score as a number', async () => {
  const downloads = catchDownloads()
  const { user } = await renderWithProviders(grid())
  await user.click(screen.getByRole('button', { name: /Unduh/ }))
  await user.click(screen.getByRole('button', { name: 'CSV (koma, titik desimal)' }))
  expect(downloads.map((d) => d.fileName)).toEqual(['sakip-kota-bogor.csv'])
  const lines = (await downloads[0]!.text()).trim().split('\r\n')
  // A header and the four evaluations; the years without one are not rows.
  expect(lines).toHaveLength(1 + 4)
  expect(lines.filter((line) => line.includes('72.25'))).toHaveLength(1)
  expect(lines.filter((line) => line.includes('Kecamatan Bogor Tengah'))).toHaveLength(1)
})

test('English with lang=en', async () => {
  await renderWithProviders(grid(), { locale: 'en' })
  const table = screen.getByRole('table', {
    name: 'SAKIP grade and score of the agencies of Kota Bogor, 2021–2023',
  })
  expect(rowsOf(table)[2]).toEqual([
    'Kecamatan Bogor Tengah',
    'Not evaluated',
    'Not evaluated',
    'CC 58.40',
  ])
})
