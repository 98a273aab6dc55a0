import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { formatNumber } from '@/i18n/format'
import { listAgencies } from '../data/synthetic/agencies-data'
import { renderApp } from './render-app'

const score = (value: number) => formatNumber(value, 'id', 2)

async function sakipGrid() {
  return screen.findByRole('table', { name: /Predikat dan nilai SAKIP perangkat daerah/ })
}

test('the grid shows the predicate and score of every evaluated agency-year, and says so where there is none', async () => {
  renderApp({ url: '/agencies?region=3271' })
  const grid = await sakipGrid()
  const agencies = listAgencies('3271')
  const rows = within(grid).getAllByRole('row')
  expect(rows).toHaveLength(1 + agencies.length)
  const years = within(rows[0]!)
    .getAllByRole('columnheader')
    .slice(1)
    .map((th) => Number(th.textContent))
  expect(years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025])

  // The whole grid read once, as text (a role query per row made this test the suite's slowest).
  const shown = rows.slice(1).map((row) => [...row.children].map((cell) => cell.textContent))
  const expected = agencies.map((agency) => [
    agency.abbreviation ? `${agency.name} (${agency.abbreviation})` : agency.name,
    ...years.map((year) => {
      const evaluation = agency.sakip.find((e) => e.year === year)
      return evaluation ? `${evaluation.predicate} ${score(evaluation.score)}` : 'Belum dievaluasi'
    }),
  ])
  expect(shown).toEqual(expected)
  // Kecamatan were first evaluated in 2021, so the grid has empty cells to show.
  expect(shown.flat().filter((text) => text === 'Belum dievaluasi').length).toBeGreaterThan(0)
})

test('each agency is a link to its own page', async () => {
  renderApp({ url: '/agencies?region=3271' })
  const grid = await sakipGrid()
  expect(within(grid).getByRole('link', { name: 'Dinas Kesehatan' })).toHaveAttribute(
    'href',
    expect.stringMatching(/^\/agencies\/3271-dinkes\?region=3271/),
  )
})

test('the components of the chosen year are shown against their maxima', async () => {
  renderApp({ url: '/agencies?region=3271&period=2024' })
  const table = await screen.findByRole('table', { name: /komponen evaluasi SAKIP 2024/i })
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((th) => th.textContent)
  expect(headers).toEqual([
    'Perangkat daerah',
    'Perencanaan kinerja (maks. 30)',
    'Pengukuran kinerja (maks. 30)',
    'Pelaporan kinerja (maks. 15)',
    'Evaluasi internal (maks. 25)',
    'Nilai (maks. 100)',
  ])
  const dinkes = listAgencies('3271')
    .find((a) => a.id === '3271-dinkes')
    ?.sakip.find((e) => e.year === 2024)
  const row = within(table).getByRole('row', { name: /^Dinkes/ })
  const cells = within(row)
    .getAllByRole('cell')
    .map((td) => td.textContent)
  expect(cells).toEqual([
    score(dinkes!.components!.planning),
    score(dinkes!.components!.measurement),
    score(dinkes!.components!.reporting),
    score(dinkes!.components!.internalEvaluation),
    `${dinkes!.predicate} ${score(dinkes!.score)}`,
  ])
  expect(screen.getByLabelText('Tahun evaluasi')).toHaveValue('2024')
})

test('years evaluated under PermenPANRB 12/2015 say why no components are shown', async () => {
  renderApp({ url: '/agencies?region=3271&period=2020' })
  expect(await screen.findByText(/Evaluasi 2020 memakai PermenPANRB 12\/2015/)).toBeInTheDocument()
})

test('the ranking writes a shared place as "=n" and skips the next rank', async () => {
  const { user } = renderApp({ url: '/agencies?region=3271&period=2025' })
  const figure = await screen.findByRole('figure', { name: 'Peringkat SAKIP 2025' })
  await user.click(within(figure).getByRole('button', { name: 'Tabel' }))
  const rows = within(figure).getAllByRole('row').slice(1)
  const ranks = rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '')
  const tied = ranks.filter((rank) => rank.startsWith('='))
  expect(tied.length).toBeGreaterThanOrEqual(2)
  // After "=n" shared by k agencies, the next rank is n + k.
  const first = tied[0]!
  const n = Number(first.slice(1))
  const k = ranks.filter((rank) => rank === first).length
  const next = ranks[ranks.lastIndexOf(first) + 1]
  if (next) expect(next.replace('=', '')).toBe(String(n + k))
})

test('choosing an agency narrows the grid and components to it and puts it in the URL', async () => {
  const { user } = renderApp({ url: '/agencies?region=3271&period=2025' })
  await sakipGrid()
  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Perangkat daerah' }),
    'Dinas Kesehatan (Dinkes)',
  )
  // The navigation settles after the route's loader (which starts the page's requests).
  await waitFor(() =>
    expect(new URLSearchParams(window.location.search).get('agency')).toBe('3271-dinkes'),
  )
  const grid = await sakipGrid()
  await waitFor(() => expect(within(grid).getAllByRole('row')).toHaveLength(2))
  expect(within(grid).getByRole('rowheader')).toHaveTextContent('Dinas Kesehatan')
  const components = screen.getByRole('table', { name: /komponen evaluasi SAKIP 2025/i })
  expect(within(components).getAllByRole('row')).toHaveLength(2)
  const ranking = screen.getByRole('figure', { name: 'Peringkat SAKIP 2025' })
  expect(ranking).toHaveTextContent(/Dinas Kesehatan di peringkat =?\d+ dari \d+ perangkat daerah/)
})

test('an agency of another city falls back to all agencies and says so', async () => {
  renderApp({ url: '/agencies?region=3271&agency=7571-dinas-kesehatan' })
  expect(
    await screen.findByText(
      'Perangkat daerah “7571-dinas-kesehatan” tidak ada di Kota Bogor; menampilkan semua perangkat daerah.',
    ),
  ).toBeInTheDocument()
  const grid = await sakipGrid()
  expect(within(grid).getAllByRole('row')).toHaveLength(1 + listAgencies('3271').length)
})

test('a malformed agency in the link is replaced by all agencies, with a notice', async () => {
  renderApp({ url: '/agencies?region=3271&agency=<dinkes>' })
  const notice = await screen.findByRole('status', { name: '' })
  expect(notice).toHaveTextContent(
    'Nilai “<dinkes>” untuk “agency” tidak dikenali; memakai semua perangkat daerah.',
  )
})

test('a region without agency data says so and offers the two cities that have it', async () => {
  const { user } = renderApp({ url: '/agencies?region=3171' })
  expect(
    await screen.findByText(
      /Belum ada data perangkat daerah untuk Kota Administrasi Jakarta Selatan/,
    ),
  ).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Tampilkan Kota Gorontalo' }))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Perangkat daerah Kota Gorontalo' }),
  ).toBeInTheDocument()
  expect(new URLSearchParams(window.location.search).get('region')).toBe('7571')
})

test('SAKIP per agency is marked synthetic on screen', async () => {
  renderApp({ url: '/agencies?region=3271' })
  await sakipGrid()
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Perangkat daerah Kota Bogor')
  expect(screen.getAllByText('Sintetis').length).toBeGreaterThan(0)
})

test('an agency page shows its key indicators with capaian and band, by polarity', async () => {
  renderApp({ url: '/agencies/3271-dinkes?region=3271&period=2025' })
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Dinas Kesehatan (Dinkes)' }),
  ).toBeInTheDocument()
  const iku = await screen.findByRole('table', { name: /IKU Dinas Kesehatan tahun 2025/ })
  // Lower is better: target 3,5 %, realisation 3,98 % → (2 − 3,98 ÷ 3,5) × 100 = 86,29 % → Baik.
  const stunting = within(iku).getByRole('row', { name: /stunting/i })
  expect(
    within(stunting)
      .getAllByRole('cell')
      .map((td) => td.textContent),
  ).toEqual(['3,50\u00a0%', '3,98\u00a0%', '86,29\u00a0%', '▲Baik'])
  expect(within(stunting).getByRole('rowheader')).toHaveTextContent('makin rendah makin baik')
})

test('next year has targets but no realisation yet, and says so', async () => {
  renderApp({ url: '/agencies/3271-dinkes?region=3271&period=2026' })
  const iku = await screen.findByRole('table', { name: /IKU Dinas Kesehatan tahun 2026/ })
  expect(within(iku).getAllByText('Belum ada realisasi')).toHaveLength(3)
})

test('an agency page charts its SAKIP history, with a table twin', async () => {
  const { user } = renderApp({ url: '/agencies/3271-dinkes?region=3271' })
  const figure = await screen.findByRole('figure', { name: 'Riwayat nilai SAKIP Dinkes' })
  expect(figure).toHaveTextContent(/Nilai SAKIP dari .* \(2019\) menjadi .* \(2025\), predikat/)
  await user.click(within(figure).getByRole('button', { name: 'Tabel' }))
  expect(within(figure).getAllByRole('row')).toHaveLength(1 + 7)
})

test('an agency page lists the city indicators it owns and the programs it runs', async () => {
  renderApp({ url: '/agencies/3271-dinkes?region=3271' })
  const indicators = await screen.findByRole('region', { name: 'Indikator kota yang diampu' })
  expect(within(indicators).getByRole('link', { name: /stunting/i })).toHaveAttribute(
    'href',
    expect.stringMatching(/^\/indicators\/stunting\?/),
  )
  const programs = screen.getByRole('region', { name: 'Program yang dijalankan' })
  expect(await within(programs).findByText(/Aktivasi posyandu/)).toBeInTheDocument()
  expect(within(programs).getByText(/Percepatan penurunan stunting/)).toBeInTheDocument()
  expect(
    within(programs).getByRole('link', { name: /Lihat program dan arahan Dinkes/ }),
  ).toHaveAttribute('href', expect.stringContaining('agency=3271-dinkes'))
})

test('an unknown agency id says it was not found', async () => {
  renderApp({ url: '/agencies/3271-tidak-ada?region=3271' })
  expect(
    await screen.findByRole('heading', {
      name: 'Perangkat daerah “3271-tidak-ada” tidak ditemukan.',
    }),
  ).toBeInTheDocument()
})

test('English labels with lang=en', async () => {
  renderApp({ url: '/agencies?region=3271&lang=en' })
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Agencies of Kota Bogor' }),
  ).toBeInTheDocument()
  const grid = await screen.findByRole('table', { name: /SAKIP grade and score/ })
  expect(within(grid).getAllByText('Not evaluated').length).toBeGreaterThan(0)
})
