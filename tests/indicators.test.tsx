import { screen, within } from '@testing-library/react'
import { server } from '../mocks/node'
import { expect, test } from 'vitest'
import { renderApp } from './render-app'

const text = (element: HTMLElement) => (element.textContent ?? '').replace(/\u00a0/g, ' ')

test('the indicator page shows the reading, the trend summary, its table twin and the definition', async () => {
  const { user } = renderApp({ url: '/indicators/tpt?region=3271&from=2018&to=2023' })
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: 'Tingkat Pengangguran Terbuka (TPT) — Kota Bogor',
    }),
  ).toBeInTheDocument()
  const reading = await screen.findByRole('region', { name: 'Angka terbaru Kota Bogor' })
  expect(text(reading)).toContain('9,39 %')
  expect(text(reading)).toContain('Target 2023: ≤ 7,64 % (RPJMD, sintetis)')
  expect(text(reading)).toContain('Tertinggal 2 rilis')
  const trend = await screen.findByRole('figure', { name: /^Tren TPT/ })
  expect(
    within(trend).getByText(/turun dari 9,65 % \(Agustus 2018\) menjadi 9,39 % \(Agustus 2023\)/),
  ).toBeInTheDocument()
  await user.click(within(trend).getByRole('button', { name: 'Tabel' }))
  const rows = within(trend).getAllByRole('row')
  expect(rows).toHaveLength(1 + 6)
  expect(within(trend).getByRole('rowheader', { name: 'Agustus 2023' })).toBeInTheDocument()
  expect(screen.getByText('Lebih baik bila lebih rendah')).toBeInTheDocument()
  expect(document.title).toBe('Tingkat Pengangguran Terbuka (TPT) — Kota Bogor · Kinerja')
})

test('a monthly indicator offers its presets, resolved at its frequency and written to the URL', async () => {
  const { user } = renderApp({ url: '/indicators/inflation?region=3271' })
  await user.click(await screen.findByRole('button', { name: '4 triwulan terakhir' }))
  expect(await screen.findByText('Menampilkan Juli 2024 – Juni 2025')).toBeInTheDocument()
  expect(new URL(window.location.href).searchParams.get('range')).toBe('last-4-quarters')
})

test('"this year" is the dataset’s year, 2026, whatever the data holds', async () => {
  const { user } = renderApp({ url: '/indicators/inflation?region=31' })
  await user.click(await screen.findByRole('button', { name: 'Tahun ini' }))
  expect(await screen.findByText('Menampilkan Januari 2026 – Desember 2026')).toBeInTheDocument()
})

test('a yearly indicator offers no month or this-year presets; such a link falls back and says so', async () => {
  renderApp({ url: '/indicators/tpt?region=3271&range=last-12-months' })
  await screen.findByRole('button', { name: '5 tahun terakhir' })
  expect(screen.queryByRole('button', { name: '12 bulan terakhir' })).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Tahun ini' })).not.toBeInTheDocument()
  expect(
    screen.getByText(
      '“12 bulan terakhir” tidak berarti untuk data tahunan; menampilkan 5 tahun terakhir.',
    ),
  ).toBeInTheDocument()
  // One control per thing: the filter bar has no second granularity, the page no month grouping.
  expect(screen.queryByLabelText('Jenis periode')).not.toBeInTheDocument()
  expect(screen.queryByLabelText('Kelompokkan tren')).not.toBeInTheDocument()
})

test('a custom range before its start is refused with a message', async () => {
  const { user } = renderApp({ url: '/indicators/tpt?region=3271' })
  await user.selectOptions(await screen.findByLabelText('Dari'), '2023')
  await user.selectOptions(screen.getByLabelText('Sampai'), '2020')
  await user.click(screen.getByRole('button', { name: 'Terapkan rentang' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('“Dari” harus sebelum “Sampai”.')
})

test('the audit opinion is a grade timeline with the WTP streak', async () => {
  renderApp({ url: '/indicators/audit-opinion?region=3271' })
  const figure = await screen.findByRole('figure', { name: /Riwayat Opini BPK/ })
  expect(
    within(figure).getByText('Kota Bogor: Opini BPK WTP 9 kali berturut-turut (2016–2024).'),
  ).toBeInTheDocument()
})

test("SAKIP's summary measures its latest grade against the top of its own scale (AA)", async () => {
  renderApp({ url: '/indicators/sakip?region=3271' })
  const figure = await screen.findByRole('figure', { name: /Riwayat SAKIP/ })
  expect(
    within(figure).getByText(
      /^Kota Bogor: SAKIP terakhir \S+ \(\d{4}\), bukan AA; \d+ penilaian tercatat\.$/,
    ),
  ).toBeInTheDocument()
})

test('an unknown indicator says so, lists the ones there are, and asks for no data about it', async () => {
  const asked: string[] = []
  const listen = ({ request }: { request: Request }) => void asked.push(request.url)
  server.events.on('request:start', listen)
  try {
    renderApp({ url: '/indicators/ipm?region=3271' })
    expect(
      await screen.findByRole('heading', { name: 'Indikator “ipm” tidak dikenal.' }),
    ).toBeInTheDocument()
    expect(
      await screen.findByText(
        'Alamat ini tidak menunjuk indikator yang ada. Indikator yang tersedia:',
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Prevalensi balita stunting' })).toHaveAttribute(
      'href',
      '/indicators/stunting?region=3271',
    )
    expect(asked.filter((url) => url.includes('ipm'))).toEqual([])
  } finally {
    server.events.removeListener('request:start', listen)
  }
})

test('/compare with an unknown indicator shows the default one and says so', async () => {
  renderApp({ url: '/compare?indicator=zzz&regions=3271,7571,31' })
  const notice = await screen.findByText(
    'Indikator “zzz” tidak dikenal; menampilkan indikator bawaan.',
  )
  expect(notice.closest('[role="status"]')).not.toBeNull()
  expect(await screen.findByRole('figure', { name: /^Peringkat TPT/ })).toBeInTheDocument()
  expect(screen.getByRole('combobox', { name: 'Indikator' })).toHaveDisplayValue(
    'Tingkat Pengangguran Terbuka (TPT)',
  )
})

test('an "as of" after the data’s time falls back to the latest and says so', async () => {
  renderApp({ url: '/indicators/tpt?region=3271&period=2099' })
  expect(
    await screen.findByText(
      'Periode “2099” berada sesudah waktu data (data per 1 November 2026); menampilkan angka terbaru.',
    ),
  ).toBeInTheDocument()
  expect(
    await screen.findByRole('region', { name: 'Angka terbaru Kota Bogor' }),
  ).toBeInTheDocument()
  expect(screen.queryByText(/per 2099/)).not.toBeInTheDocument()
  expect(screen.getByRole('combobox', { name: 'Periode (per)' })).toHaveDisplayValue('Terbaru')
})

test('compare ranks one common period; a region without it stays, unranked, with its nearest value', async () => {
  renderApp({ url: '/compare?indicator=tpt&regions=3271,7571,31&at=2023-08' })
  const ranking = await screen.findByRole('figure', { name: /^Peringkat TPT/ })
  expect(text(ranking)).toContain('Agustus 2023, periode yang sama untuk semua wilayah')
  expect(text(ranking)).toContain(
    'Kota Gorontalo: tanpa data untuk Agustus 2023 — terdekat: 6,52 % (Agustus 2020), tidak diperingkat',
  )
  expect(screen.getByRole('combobox', { name: 'Periode yang dibandingkan' })).toHaveDisplayValue(
    'Agustus 2023 (2 dari 3 wilayah)',
  )
})

test('by default compare ranks the period most of the regions share', async () => {
  renderApp({ url: '/compare?indicator=tpt&regions=3271,7571,31' })
  const ranking = await screen.findByRole('figure', { name: /^Peringkat TPT/ })
  expect(text(ranking)).toContain('Agustus 2020, periode yang sama untuk semua wilayah')
  expect(screen.getByRole('combobox', { name: 'Periode yang dibandingkan' })).toHaveDisplayValue(
    'Otomatis: Agustus 2020 (dimiliki paling banyak wilayah: 3 dari 3)',
  )
})

test('a small multiple with nothing in the shown range says so, with its latest figure', async () => {
  // DKI Jakarta's page: its last five years of TPT, 2021 – 2025, where Kota Gorontalo has none.
  renderApp({ url: '/compare?indicator=tpt&region=31&regions=31,3271,7571' })
  const panel = await screen.findByRole('figure', { name: /^Kota Gorontalo/ })
  expect(
    await within(panel).findAllByText(
      'Kota Gorontalo tanpa data 2021 – 2025; angka terakhir 6,52 % (Agustus 2020)',
    ),
  ).not.toHaveLength(0)
})

test('the user can rank another period, and it is in the URL', async () => {
  const { user } = renderApp({ url: '/compare?indicator=tpt&regions=3271,7571,31' })
  await user.selectOptions(
    await screen.findByRole('combobox', { name: 'Periode yang dibandingkan' }),
    'Agustus 2020 (3 dari 3 wilayah)',
  )
  expect(new URL(window.location.href).searchParams.get('at')).toBe('2020-08')
  const ranking = await screen.findByRole('figure', { name: /^Peringkat TPT/ })
  await within(ranking).findByText(/^Peringkat 1 pada Agustus 2020/)
})

test('grades: a region without a SAKIP value for the period stays in the list', async () => {
  renderApp({ url: '/compare?indicator=sakip&regions=3271,7571,31' })
  const ranking = await screen.findByRole('figure', { name: /^Peringkat SAKIP/ })
  expect(text(ranking)).toMatch(/Kota Bogor: tanpa data untuk \d{4}/)
  expect(within(ranking).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2)
})

test('the analysis pages speak English with lang=en', async () => {
  renderApp({ url: '/indicators/inflation?region=3271&from=2023-01&to=2023-12&lang=en' })
  const trend = await screen.findByRole('figure', { name: /trend/ })
  expect(text(trend)).toMatch(/(rose|fell) from .* \(January 2023\) to .* \(December 2023\)/)
  expect(screen.getByRole('button', { name: 'Last 12 months' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'This year' })).toBeInTheDocument()
})

test('a trend grouped by year says the month a year not yet over was taken from: "Juli 2025", never "2025"', async () => {
  const { user } = renderApp({ url: '/indicators/inflation?region=3271&granularity=year' })
  const trend = await screen.findByRole('figure', { name: /^Tren Inflasi/ })
  await user.click(within(trend).getByRole('button', { name: 'Tabel' }))
  const headers = within(trend)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)
  // Whole years are December's values, said as the year; the data ends in July 2025.
  expect(headers.at(-2)).toBe('2024')
  expect(headers.at(-1)).toBe('Juli 2025')
  expect(headers).not.toContain('2025')
})

test.each([
  ['the latest', '', 'Menampilkan 2019 – 2023'],
  ['2024', '&period=2024', 'Menampilkan 2019 – 2023'],
])(
  'one "last 5 years": the indicator page and the compare page show one window for Kota Bogor’s TPT as of %s',
  async (_asOf, period, window) => {
    // Kota Bogor's TPT ends in August 2023; DKI Jakarta's runs to 2025. The compare page used to
    // end its window at the newest any compared place has (2021 – 2025, 2020 – 2024).
    const page = renderApp({ url: `/indicators/tpt?region=3271${period}` })
    expect(await screen.findByText(window)).toBeInTheDocument()
    page.unmount()
    renderApp({ url: `/compare?indicator=tpt&region=3271&regions=3271,7571,31${period}` })
    expect(await screen.findByText(window)).toBeInTheDocument()
    const multiples = await screen.findByRole('figure', { name: /^Kota Bogor/ })
    expect(within(multiples).getAllByText('2019 – 2023').length).toBeGreaterThan(0)
  },
)
