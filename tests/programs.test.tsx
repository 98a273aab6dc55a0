import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp } from './render-app'

async function section(name: string | RegExp) {
  return screen.findByRole('region', { name })
}

/** The rows of a section's program table (header row left out). */
function programRows(region: HTMLElement) {
  const table = within(region).queryByRole('table')
  return table ? within(table).getAllByRole('row').slice(1) : []
}

const STATUS_TEXT = /^\W*(Belum dimulai|Sesuai jadwal|Berisiko|Terlambat|Selesai)/

/** The status a program row shows in words (its icon and completion date left out). */
function statusOf(row: HTMLElement) {
  return STATUS_TEXT.exec(within(row).getAllByRole('cell')[3]?.textContent ?? '')?.[1]
}

function rollUpNumbers(region: HTMLElement) {
  const sentence = within(region).getByText(
    /komitmen|program prioritas|commitments|priority programs/,
    {
      selector: '.rollup',
    },
  ).textContent
  const match = /^(\d+) (?:dari|of) (\d+) .* \((\d+)\s?%\), (?:per|as of) (.+)$/.exec(
    sentence?.replace(/\u00a0/g, ' ') ?? '',
  )
  if (!match) throw new Error(`no roll-up sentence in: ${sentence}`)
  return {
    done: Number(match[1]),
    total: Number(match[2]),
    percent: Number(match[3]),
    day: match[4],
  }
}

test('each roll-up counts the whole set of its kind, as listed without filters', async () => {
  renderApp({ url: '/programs?region=3271' })
  for (const name of ['Program 100 hari kerja', 'Program prioritas 2026']) {
    const region = await section(name)
    const rows = programRows(region)
    const { done, total, percent, day } = rollUpNumbers(region)
    expect(total).toBe(rows.length)
    expect(done).toBe(rows.filter((row) => statusOf(row) === 'Selesai').length)
    expect(percent).toBe(Math.round((done / total) * 100))
    expect(day).toBe('1 November 2026')
  }
})

test('the 100-day roll-up names the set it counts and its day', async () => {
  renderApp({ url: '/programs?region=3271' })
  const region = await section('Program 100 hari kerja')
  expect(
    within(region).getByText(
      /^\d+ dari \d+ komitmen program 100 hari Kota Bogor selesai \(\d+\s%\), per 1 November 2026$/,
    ),
  ).toBeInTheDocument()
})

test('filtering by status narrows the list, never the roll-up, and is in the URL', async () => {
  const { user } = renderApp({ url: '/programs?region=3271' })
  const before = rollUpNumbers(await section('Program prioritas 2026'))
  await user.selectOptions(screen.getByRole('combobox', { name: 'Status program' }), 'Terlambat')
  expect(new URLSearchParams(window.location.search).get('status')).toBe('late')
  const region = await section('Program prioritas 2026')
  await within(region).findByText(/^Menampilkan \d+ dari \d+ menurut filter di atas\.$/)
  const rows = programRows(region)
  expect(rows.length).toBeGreaterThan(0)
  for (const row of rows) expect(statusOf(row)).toBe('Terlambat')
  // The same set, the same number: what the scorecard and the briefing show.
  expect(rollUpNumbers(region)).toEqual(before)
})

test('choosing an agency narrows programs and directives to it and is in the URL', async () => {
  const { user } = renderApp({ url: '/programs?region=3271' })
  await section('Program 100 hari kerja')
  await user.selectOptions(
    screen.getByRole('combobox', { name: 'Perangkat daerah' }),
    'Dinas Kesehatan (Dinkes)',
  )
  // The navigation settles after the route's loader (which starts the page's requests).
  await waitFor(() =>
    expect(new URLSearchParams(window.location.search).get('agency')).toBe('3271-dinkes'),
  )
  const hundredDay = await section('Program 100 hari kerja')
  await within(hundredDay).findByText(/^Menampilkan 1 dari \d+ menurut filter di atas\.$/)
  const rows = [...programRows(hundredDay), ...programRows(await section('Program prioritas 2026'))]
  expect(rows).toHaveLength(2)
  for (const row of rows) expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('Dinkes')

  const directives = await section('Arahan Briefing Pimpinan dan tindak lanjutnya')
  const directiveRows = within(within(directives).getByRole('table')).getAllByRole('row').slice(1)
  expect(directiveRows.length).toBeGreaterThan(0)
  for (const row of directiveRows) {
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('Dinkes')
  }
})

test('a program shows its milestones and dated updates', async () => {
  const { user } = renderApp({ url: '/programs?region=3271&agency=3271-dinkes' })
  const region = await section('Program 100 hari kerja')
  const [row] = programRows(region)
  await user.click(within(row!).getByText('Tonggak dan pembaruan'))
  expect(
    within(row!).getByText(/Pendataan posyandu tidak aktif — selesai \d+ \w+ 2025/),
  ).toBeVisible()
  expect(within(row!).getAllByRole('time').length).toBeGreaterThan(0)
})

test('overdue directives are flagged in text, counted from the data date, not the clock', async () => {
  renderApp({ url: '/programs?region=3271' })
  const directives = await section('Arahan Briefing Pimpinan dan tindak lanjutnya')
  expect(
    within(directives).getByText(/^16 arahan: \d+ selesai, \d+ terlambat\.$/),
  ).toBeInTheDocument()
  const rows = within(within(directives).getByRole('table')).getAllByRole('row').slice(1)
  const overdue = rows.filter((row) => /Terlambat \d+ hari/.test(row.textContent ?? ''))
  expect(overdue.length).toBeGreaterThan(0)
  // Due 29 October 2026 and still in progress: three days late on 1 November 2026.
  const late = rows.find((row) => row.textContent?.includes('Siapkan evaluasi indikator kinerja'))
  expect(late).toHaveTextContent('29 Oktober 2026⚠ Terlambat 3 hari')
  expect(late).toHaveTextContent('Dalam proses')
  for (const row of overdue) {
    expect(within(row).getAllByRole('cell')[3]).not.toHaveTextContent('Selesai')
  }
})

test("the acting mayor's quarterly evaluation is a trend with its table twin", async () => {
  const { user } = renderApp({ url: '/programs?region=3271' })
  const figure = await screen.findByRole('figure', {
    name: 'Hasil evaluasi triwulanan Pj Wali Kota Kota Bogor',
  })
  expect(figure).toHaveTextContent(
    /Hasil keseluruhan dari [\d,]+ \(Triwulan II 2024\) menjadi [\d,]+ \(Triwulan I 2025\)/,
  )
  await user.click(within(figure).getByRole('button', { name: 'Tabel' }))
  expect(within(within(figure).getByRole('table')).getAllByRole('row')).toHaveLength(1 + 4)
  const matrix = screen.getByRole('table', {
    name: /Skor setiap indikator evaluasi Pj per triwulan/,
  })
  const rows = within(matrix).getAllByRole('row')
  expect(rows).toHaveLength(1 + 10 + 1)
  expect(
    within(rows[0]!)
      .getAllByRole('columnheader')
      .map((th) => th.textContent),
  ).toEqual([
    'Indikator',
    'TW II 2024',
    'TW III 2024',
    'TW IV 2024',
    'TW I 2025',
    'Perubahan triwulan terakhir',
  ])
  expect(
    within(matrix).getByRole('rowheader', { name: 'Pengendalian inflasi' }),
  ).toBeInTheDocument()
  expect(within(matrix).getByRole('rowheader', { name: 'Hasil keseluruhan' })).toBeInTheDocument()
})

test('a city without an acting mayor in the data says so', async () => {
  renderApp({ url: '/programs?region=7571' })
  expect(
    await screen.findByText('Tidak ada evaluasi Pj untuk Kota Gorontalo dalam data ini.'),
  ).toBeInTheDocument()
})

test('a malformed status in the link falls back to all statuses, with a notice', async () => {
  renderApp({ url: '/programs?region=3271&status=macet' })
  await section('Program 100 hari kerja')
  expect(
    screen.getByText('Nilai “macet” untuk “status” tidak dikenali; memakai semua status.'),
  ).toBeInTheDocument()
  expect(screen.getByRole('combobox', { name: 'Status program' })).toHaveValue('')
})

test('a region without programs says so', async () => {
  renderApp({ url: '/programs?region=31' })
  expect(
    await screen.findByText('Belum ada data program untuk Prov. DKI Jakarta.'),
  ).toBeInTheDocument()
})

test('English roll-up and statuses with lang=en', async () => {
  renderApp({ url: '/programs?region=3271&lang=en' })
  const region = await section('100-day program')
  expect(
    within(region).getByText(
      /^\d+ of \d+ commitments of the Kota Bogor 100-day program done \(\d+%\), as of 1 November 2026$/,
    ),
  ).toBeInTheDocument()
  expect(within(region).getAllByText('Done').length).toBeGreaterThan(0)
  expect(screen.getByText('Status as of 1 November 2026')).toBeInTheDocument()
})

test('an agency of another city lists every program of this one, and says so', async () => {
  renderApp({ url: '/programs?region=3271&agency=7571-dinas-kesehatan' })
  expect(
    await screen.findByText(
      'Perangkat daerah “7571-dinas-kesehatan” tidak ada di Kota Bogor; menampilkan semua perangkat daerah.',
    ),
  ).toBeInTheDocument()
  const region = await section('Program 100 hari kerja')
  await waitFor(() => expect(programRows(region).length).toBeGreaterThan(1))
  expect(rollUpNumbers(region).total).toBe(programRows(region).length)
})
