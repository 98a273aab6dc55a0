import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { indicatorQueries } from './api/indicators'
import { regionQueries } from './api/regions'
import { App, createRouter } from './app/app'
import { createQueryClient } from './app/query-client'
import { enableMocking } from './app/enable-mocking'
import './styles.css'

async function start() {
  const root = document.getElementById('root')
  if (!root) throw new Error('#root is missing from index.html')
  try {
    await enableMocking()
  } catch (error) {
    // The app still renders; every widget then shows its own error state.
    console.warn('[kinerja] mock API could not start', error)
  }
  const queryClient = createQueryClient()
  // Every page needs the region list and the indicator catalogue: ask now, while React renders and a
  // lazy page loads, rather than after (README, decision "Chunks and performance budgets").
  void queryClient.prefetchQuery(regionQueries.list())
  void queryClient.prefetchQuery(indicatorQueries.catalog())
  const router = createRouter(queryClient)
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  )
}

void start()
