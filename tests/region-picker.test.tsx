import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { server } from '../mocks/node'
import { renderApp } from './render-app'

const search = () => new URLSearchParams(window.location.search)

test('typing "bogor" offers Kota Bogor, Kabupaten Bogor and Kec. Bogor Tengah, each with its level and parent', async () => {
  const { user } = renderApp({ url: '/?region=7571' })
  const field = await screen.findByRole('combobox', { name: 'Wilayah' })
  await user.click(field)
  await user.keyboard('bogor')
  const list = await screen.findByRole('listbox')
  await within(list).findByRole('option', { name: /^Kota Bogor/ })
  const names = within(list)
    .getAllByRole('option')
    .map((option) => option.textContent)
  // The two kab/kota named exactly "Bogor" come first, then the kecamatan.
  expect(names.slice(0, 2).sort()).toEqual([
    expect.stringMatching(/^Kabupaten Bogor\s*Kabupaten · Prov\. Jawa Barat$/),
    expect.stringMatching(/^Kota Bogor\s*Kota · Prov\. Jawa Barat$/),
  ])
  expect(names).toContainEqual(
    expect.stringMatching(/^Kec\. Bogor Tengah\s*Kecamatan · Kota Bogor, Prov\. Jawa Barat$/),
  )
})

test('arrow keys only move through the list; Enter commits, once, to the URL', async () => {
  const { user } = renderApp({ url: '/?region=7571' })
  const field = await screen.findByRole('combobox', { name: 'Wilayah' })
  await user.click(field)
  await user.keyboard('bogor')
  await screen.findByRole('option', { name: /^Kabupaten Bogor/ })
  const before = window.history.length
  await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}')
  expect(search().get('region')).toBe('7571')
  expect(window.history.length).toBe(before)
  const second = screen.getAllByRole('option')[1]!
  expect(second).toHaveAttribute('aria-selected', 'true')
  const name = /^(Kota|Kabupaten) Bogor/.exec(second.textContent ?? '')?.[0]
  await user.keyboard('{Enter}')
  await waitFor(() => expect(search().get('region')).toMatch(/^(3271|3201)$/))
  expect(
    await screen.findByRole('heading', { level: 1, name: `Kartu kinerja ${name}` }),
  ).toBeInTheDocument()
})

test('resting on an option loads its figures while the reader decides; only Enter chooses it', async () => {
  const asked: string[] = []
  const onRequest = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    asked.push(`${url.pathname}${decodeURIComponent(url.search)}`)
  }
  server.events.on('request:start', onRequest)
  try {
    const { user } = renderApp({ url: '/?region=7571' })
    const field = await screen.findByRole('combobox', { name: 'Wilayah' })
    await user.click(field)
    await user.keyboard('kota bogor')
    const option = await screen.findByRole('option', { name: /^Kota Bogor/ })
    expect(option).toHaveAttribute('aria-selected', 'true')
    // The highlighted region's scorecard figures are asked for; the page has not moved.
    await waitFor(() => expect(asked).toContain('/api/series?regions=3271'))
    expect(search().get('region')).toBe('7571')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Kartu kinerja Kota Gorontalo',
    )
    await user.keyboard('{Enter}')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kartu kinerja Kota Bogor' }),
    ).toBeInTheDocument()
    // Chosen, the page reads what was asked for: no second request for the same figures.
    expect(await screen.findByRole('article', { name: /TPT/ })).toBeInTheDocument()
    expect(asked.filter((path) => path === '/api/series?regions=3271')).toHaveLength(1)
  } finally {
    server.events.removeListener('request:start', onRequest)
  }
})

test('any kecamatan of Indonesia is found by part of its name and chosen by click', async () => {
  const { user } = renderApp({ url: '/' })
  const field = await screen.findByRole('combobox', { name: 'Wilayah' })
  await user.click(field)
  await user.keyboard('bakongan')
  await user.click(await screen.findByRole('option', { name: /^Kec\. Bakongan Kecamatan/ }))
  await waitFor(() => expect(search().get('region')).toBe('11.01.01'))
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Kartu kinerja Kec. Bakongan' }),
  ).toBeInTheDocument()
  expect(screen.getByRole('navigation', { name: 'Letak wilayah' })).toHaveTextContent(
    'Indonesia › Prov. Aceh › Kabupaten Aceh Selatan › Kec. Bakongan',
  )
})

test('nothing typed: the list is the region’s hierarchy, up, within and beside it', async () => {
  const { user } = renderApp({ url: '/?region=3271' })
  await user.click(await screen.findByRole('combobox', { name: 'Wilayah' }))
  const list = await screen.findByRole('listbox')
  await within(list).findByRole('option', { name: /^Kec\. Bogor Tengah/ })
  expect(within(list).getByRole('option', { name: /^Prov\. Jawa Barat/ })).toBeInTheDocument()
  expect(within(list).getByRole('option', { name: /^Kabupaten Bogor/ })).toBeInTheDocument()
})

test('leaving the field chooses nothing and shows the region again', async () => {
  const { user } = renderApp({ url: '/?region=3271' })
  const field = await screen.findByRole('combobox', { name: 'Wilayah' })
  await user.click(field)
  await user.keyboard('gorontalo')
  await screen.findByRole('option', { name: /^Kota Gorontalo/ })
  await user.tab()
  expect(search().get('region')).toBe('3271')
  expect(field).toHaveValue('Kota Bogor')
})

test('/compare adds a region with the same picker', async () => {
  const { user } = renderApp({ url: '/compare?indicator=tpt&regions=3271,7571' })
  const field = await screen.findByRole('combobox', { name: 'Tambah wilayah' })
  await user.click(field)
  await user.keyboard('kota depok')
  await user.click(await screen.findByRole('option', { name: /^Kota Depok/ }))
  await waitFor(() => expect(search().get('regions')).toBe('3271,7571,3276'))
  expect(await screen.findByRole('button', { name: 'Hapus Kota Depok' })).toBeInTheDocument()
})
