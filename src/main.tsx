import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { holdRequestsUntil } from './api/client'
import { indicatorQueries } from './api/indicators'
import { regionQueries } from './api/regions'
import { App, createRouter } from './app/app'
import { createQueryClient } from './app/query-client'
import { enableMocking } from './app/enable-mocking'
import { parseFilters } from './filters/filters'
import { loadMessages } from './i18n/messages'
import './styles.css'

/** The longest a slow API may hold back the first paint; the page then shows its loading states. */
const FIRST_PAINT_WAIT_MS = 600

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function start() {
  const root = document.getElementById('root')
  if (!root) throw new Error('#root is missing from index.html')
  // The demo's mock API starts beside the first page's chunk and requests, not before them: the
  // requests wait for it (holdRequestsUntil), the page's code does not
  // (docs/decisions/0043-demo-first-load.md). If it cannot start, the app still renders and every
  // widget shows its own error state.
  if (import.meta.env.VITE_API_MODE !== 'http') {
    holdRequestsUntil(
      enableMocking().catch((error: unknown) => {
        console.warn('[kinerja] mock API could not start', error)
      }),
    )
  }
  const queryClient = createQueryClient()
  const { filters } = parseFilters(new URLSearchParams(window.location.search))
  // Every page needs the region list and the indicator catalogue: ask now, beside the first page's
  // chunk and requests (docs/decisions/0013-chunks-and-performance-budgets.md). prefetchQuery
  // settles either way; a failure shows in the widgets that need them.
  const shared = Promise.all([
    // The region of the link as the app reads it (a malformed one is the default, as on screen).
    queryClient.prefetchQuery(regionQueries.detail(filters.region)),
    queryClient.prefetchQuery(indicatorQueries.catalog()),
    // An English link paints in English at once: its dictionary is fetched with the rest.
    filters.lang === 'en' ? loadMessages('en').catch(() => undefined) : undefined,
  ])
  const router = createRouter(queryClient)
  // The first paint waits (briefly) for the two: it then shows the page's real title, region name
  // and filter choices rather than "Memuat…" replaced a moment later. The live build's HTML has
  // already asked for both, so they are usually in before the JavaScript has run.
  await Promise.race([shared, delay(FIRST_PAINT_WAIT_MS)])
  // Rendered as a transition: React yields to the browser every few milliseconds instead of
  // holding the main thread for the whole first page (a phone's long task; Lighthouse's TBT).
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    )
  })
}

void start()
