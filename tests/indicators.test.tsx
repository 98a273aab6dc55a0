import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp } from './render-app'

test('the indicator page shows the trend summary, its table twin and the definition', async () => {
  const { user } = renderApp({ url: '/indicators/tpt?region=3271&from=2018&to=2023' })
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: 'Tingkat Pengangguran Terbuka (TPT) — Kota Bogor',
    }),
  ).toBeInTheDocument()
  const trend = await screen.findByRole('figure', { name: /^Tren TPT/ })
  expect(
    within(trend).getByText(/turun dari 9,65 % \(Agustus 2018\) menjadi 9,39 % \(Agustus 2023\)/),
  ).toBeInTheDocument()
  await user.click(within(trend).getByRole('button', { name: 'Tabel' }))
  const rows = within(trend).getAllByRole('row')
  expect(rows).toHaveLength(1 + 6)
  expect(within(trend).getByRole('rowheader', { name: 'Agustus 2023' })).toBeInTheDocument()
  expect(screen.getByText('Lebih baik bila lebih rendah')).toBeInTheDocument()
})

test('a relative preset is written to the URL and resolved at the native frequency', async () => {
  const { user } = renderApp({ url: '/indicators/inflation?region=3271' })
  await user.click(await screen.findByRole('button', { name: '4 triwulan terakhir' }))
  expect(await screen.findByText('Menampilkan Juli 2024 – Juni 2025')).toBeInTheDocument()
  expect(new URL(window.location.href).searchParams.get('range')).toBe('last-4-quarters')
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
    within(figure).getByText('Kota Bogor: opini WTP 9 kali berturut-turut (TA 2016–TA 2024).'),
  ).toBeInTheDocument()
})

test('an unknown indicator says so', async () => {
  renderApp({ url: '/indicators/ipm?region=3271' })
  expect(
    await screen.findByRole('heading', { name: 'Indikator “ipm” tidak dikenal.' }),
  ).toBeInTheDocument()
})

test('comparing regions ranks them with ties shared and lists regions without data', async () => {
  renderApp({ url: '/compare?regions=3271,7571&indicator=tpt&period=2020' })
  const ranking = await screen.findByRole('figure', { name: /^Peringkat TPT/ })
  expect(within(ranking).getByText(/^Peringkat 1: Kota Gorontalo/)).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Hapus Kota Bogor' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Hapus Kota Gorontalo' })).toBeInTheDocument()
})

test('the analysis pages speak English with lang=en', async () => {
  renderApp({ url: '/indicators/tpt?region=3271&from=2018&to=2023&lang=en' })
  const trend = await screen.findByRole('figure', { name: /trend/ })
  expect(
    within(trend).getByText(/fell from 9\.65% \(August 2018\) to 9\.39% \(August 2023\)/),
  ).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Last 12 months' })).toBeInTheDocument()
})
