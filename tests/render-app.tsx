import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '@/app/app'
import appSource from '@/app/app.tsx?raw'
import { createQueryClient } from '@/app/query-client'
import { getAgencyData } from '../data/synthetic/agencies-data'
import { getDataset } from '../data/dataset'
import { getGeography } from '../data/reference/geography'
import { getProgramData } from '../data/synthetic/programs-data'

/**
 * Warm-up, before a file's first test: the lazy pages' modules (each `import('@/…')` of the
 * router, read from src/app/app.tsx so a new page is warmed too) and the mock API's data. A first
 * visit then waits for rendering only, not for a page's modules to load or the dataset to be
 * built inside its `findBy` wait (which a busy machine used to exceed). Both are cached for
 * the rest of the worker's files.
 */
const LAZY_PAGES = [...appSource.matchAll(/import\('(@\/[^']+)'\)/g)].map((match) => match[1]!)
if (LAZY_PAGES.length === 0) throw new Error('tests/render-app.tsx: no lazy page found in app.tsx')
await Promise.all(LAZY_PAGES.map((page) => import(/* @vite-ignore */ page)))
getGeography()
getDataset()
getAgencyData()
getProgramData()

/** The real app, driven by a URL, with a fresh query client and no retries. */
export function renderApp({ url = '/' }: { url?: string } = {}) {
  window.history.replaceState(null, '', url)
  const queryClient = createQueryClient({ queries: { retry: false } })
  const user = userEvent.setup()
  const view = render(<App queryClient={queryClient} />)
  return { user, queryClient, ...view }
}
