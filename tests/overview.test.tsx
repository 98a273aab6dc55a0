import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { server } from '../mocks/node'
import { scenarios } from '../mocks/scenarios'
import { renderApp } from './render-app'

/** Compare as a reader reads: the no-break space before % is a space. */
const text = (element: HTMLElement) => (element.textContent ?? '').replace(/\u00a0/g, ' ')

test('shows Kota Bogor TPT for August 2023 with its target basis, change, source and citation', async () => {
  renderApp({ url: '/?region=3271&period=2023' })
  const card = await screen.findByRole('article', { name: /TPT/ })
  expect(await within(card).findByText('9,39 %')).toBeInTheDocument()
  expect(within(card).getByText('Agustus 2023')).toBeInTheDocument()
  expect(text(card)).toContain('Target 2023: ≤ 7,64 % (RPJMD, sintetis)')
  expect(text(card)).toContain('turun 1,39 poin persentase dari Agustus 2022')
  // Who published it, and — apart — where it was read, the link named by what it opens.
  expect(text(card)).toContain('Sumber: BPS, Sakernas Agustus 2023')
  const citation = within(card).getByRole('link', {
    name: /yang mengutip angka ini \(situs luar\)/,
  })
  expect(citation).toHaveAttribute('href', expect.stringContaining('rekam24.com'))
  expect(citation).toHaveTextContent('dibaca di rekam24.com')
})

test('a reading years behind its release calendar says so, with the release that should exist', async () => {
  renderApp({ url: '/?region=7571' })
  const card = await screen.findByRole('article', { name: /TPT/ })
  await within(card).findByText('Agustus 2020')
  expect(text(card)).toContain('Tertinggal 5 rilis')
  expect(text(card)).toContain(
    'angka Agustus 2025 seharusnya sudah terbit (biasanya 6 November 2025), tetapi belum ada di data',
  )
  expect(screen.getByText(/indikator tertinggal dari jadwal rilis/)).toBeInTheDocument()
  // The page does not call the set "latest data" as if it were all current.
  expect(screen.queryByText('Data terbaru')).not.toBeInTheDocument()
})

test('a change against a synthetic figure says so', async () => {
  renderApp({ url: '/?region=7571' })
  const card = await screen.findByRole('article', { name: /Inflasi/ })
  await within(card).findByText('Desember 2024')
  expect(text(card)).toContain('dari November 2024 (melibatkan angka sintetis)')
})

test('the source of a figure read in an article about another region shows both facts', async () => {
  renderApp({ url: '/?region=7571&period=2022' })
  const card = await screen.findByRole('article', { name: /Stunting/ })
  await within(card).findByText('19,1 %')
  expect(text(card)).toContain('Sumber: Kemenkes, SSGI 2022')
  const citation = within(card).getByRole('link', { name: /dailypost\.id.*pohuwato/i })
  expect(citation).toHaveTextContent('dibaca di dailypost.id')
})

test('every indicator has a card, and one without data says so plainly', async () => {
  renderApp({ url: '/?region=3271&period=2018' })
  const cards = await screen.findAllByRole('article')
  expect(cards).toHaveLength(7)
  const stunting = screen.getByRole('article', { name: /stunting/i })
  expect(
    within(stunting).getByText('Belum ada data untuk wilayah ini sampai 2018.'),
  ).toBeInTheDocument()
})

test('the audit opinion card shows the grade and its status in text', async () => {
  renderApp({ url: '/?region=3271&period=2023' })
  const card = await screen.findByRole('article', { name: /opini/i })
  expect(await within(card).findByText('WTP')).toBeInTheDocument()
  expect(within(card).getByText('Tercapai')).toBeInTheDocument()
})

test('the 100-day card is the roll-up of the programme list, marked synthetic and provisional', async () => {
  renderApp({ url: '/?region=3271' })
  const card = await screen.findByRole('article', { name: /100 hari/i })
  expect(await within(card).findAllByText('Sintetis')).not.toHaveLength(0)
  expect(text(card)).toContain('Triwulan IV 2026 (sementara)')
  expect(text(card)).toContain('Dihitung dari daftar komitmen program 100 hari')
})

test('a kecamatan says it is one, with its breadcrumb and the page title', async () => {
  renderApp({ url: '/?region=7571010' })
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Kartu kinerja Kec. Kota Barat' }),
  ).toBeInTheDocument()
  const trail = await screen.findByRole('navigation', { name: 'Letak wilayah' })
  await waitFor(() =>
    expect(text(trail)).toBe('Indonesia › Prov. Gorontalo › Kota Gorontalo › Kec. Kota Barat'),
  )
  expect(within(trail).getByRole('link', { name: 'Kota Gorontalo' })).toHaveAttribute(
    'href',
    expect.stringContaining('region=7571'),
  )
  await waitFor(() => expect(document.title).toBe('Kartu kinerja Kec. Kota Barat · Kinerja'))
})

test('explains a failed load and offers a retry that recovers', async () => {
  server.use(...scenarios['server-error'])
  const { user } = renderApp({ url: '/?region=3271' })
  const alert = await within(screen.getByRole('main')).findByRole('alert')
  expect(alert).toHaveTextContent('Server menolak permintaan (kode 500).')
  server.resetHandlers()
  await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }))
  expect(await screen.findByRole('article', { name: /TPT/ })).toBeInTheDocument()
})

test('English labels and number format with lang=en', async () => {
  renderApp({ url: '/?region=3271&period=2023&lang=en' })
  const card = await screen.findByRole('article', { name: /TPT/ })
  expect(await within(card).findByText('9.39%')).toBeInTheDocument()
  expect(within(card).getByText('August 2023')).toBeInTheDocument()
  expect(text(card)).toContain('2023 target: ≤ 7.64% (RPJMD, synthetic)')
  expect(text(card)).toContain('down 1.39 percentage points from August 2022')
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Scorecard of Kota Bogor')
  expect(document.title).toBe('Scorecard of Kota Bogor · Kinerja')
})
