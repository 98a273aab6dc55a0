import { render, screen, waitFor } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { App, createRouter } from '@/app/app'
import { createQueryClient } from '@/app/query-client'
import { server } from '../mocks/node'

/**
 * Each page's `queries.ts` is its route's loader (docs/decisions/0056-queries-are-the-route-loader.md):
 * the loader starts every request the page makes, so none waits for the page's chunk or its first
 * render. Run the loaders alone, note what they asked for, then mount the page: it must ask for
 * nothing more.
 */

/** Each page, with what shows once its body (and what mounts after its first paint) is in. */
const PAGES: ReadonlyArray<{ url: string; ready: () => Promise<unknown> }> = [
  { url: '/?region=3271', ready: () => screen.findByRole('article', { name: 'TPT' }) },
  {
    url: '/indicators/tpt?region=3271',
    ready: async () => {
      await screen.findByRole('figure', { name: /^Tren TPT/ })
      await screen.findByRole('figure', { name: /per wilayah di Kota Bogor/ })
    },
  },
  {
    url: '/compare?region=3271&indicator=tpt',
    ready: () => screen.findByRole('figure', { name: /^Peringkat TPT/ }),
  },
  {
    url: '/agencies?region=3271',
    ready: () => screen.findByRole('heading', { level: 1, name: 'Perangkat daerah Kota Bogor' }),
  },
  {
    url: '/agencies/3271-dinkes?region=3271',
    ready: () => screen.findByRole('heading', { name: /Indikator kinerja utama \(IKU\)/ }),
  },
  {
    url: '/programs?region=3271&agency=3271-dinkes',
    ready: () => screen.findByRole('heading', { level: 2, name: /Program prioritas/ }),
  },
  { url: '/about', ready: () => screen.findByRole('table', { name: /penerbit, frekuensi/ }) },
  {
    url: '/briefing?region=3271',
    ready: () => screen.findByText(/^1 \/ \d+$/),
  },
]

let stop: () => void = () => undefined
afterEach(() => stop())

function recordRequests(): string[] {
  const asked: string[] = []
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    asked.push(`${url.pathname}${url.search}`)
  }
  server.events.on('request:start', listener)
  stop = () => server.events.removeListener('request:start', listener)
  return asked
}

test.each(PAGES)('$url: the route loader starts every request the page makes', async (page) => {
  window.history.replaceState(null, '', page.url)
  const client = createQueryClient({ queries: { retry: false } })
  const asked = recordRequests()
  // Creating the router runs the matched routes' loaders (and loads the page's chunk).
  const router = createRouter(client)
  await waitFor(() => expect(router.state.initialized).toBe(true), { timeout: 10_000 })
  await waitFor(() => expect(client.isFetching()).toBe(0))
  const byLoaders = new Set(asked)
  expect(byLoaders.size).toBeGreaterThan(0)
  asked.length = 0

  render(<App queryClient={client} router={router} />)
  await page.ready()
  await waitFor(() => expect(client.isFetching()).toBe(0))
  expect(asked.filter((request) => !byLoaders.has(request))).toEqual([])
})
