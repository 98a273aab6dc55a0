import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { server } from '../mocks/node'
import { scenarios } from '../mocks/scenarios'
import { renderApp } from './render-app'

test('shows Kota Bogor TPT for August 2023 with its source and status', async () => {
  renderApp({ url: '/?region=3271&period=2023' })
  const card = await screen.findByRole('article', { name: /TPT/ })
  expect(await within(card).findByText('9,39 %')).toBeInTheDocument()
  expect(within(card).getByText('Agustus 2023')).toBeInTheDocument()
  expect(within(card).getByText(/turun 1,39 poin dari Agustus 2022/)).toBeInTheDocument()
  expect(within(card).getByRole('link', { name: /BPS/ })).toHaveAttribute(
    'href',
    expect.stringContaining('rekam24.com'),
  )
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

test('synthetic values are marked as synthetic on their card', async () => {
  renderApp({ url: '/?region=3271' })
  const card = await screen.findByRole('article', { name: /100 hari/i })
  expect(await within(card).findAllByText('Sintetis')).not.toHaveLength(0)
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
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Scorecard of Kota Bogor')
})
