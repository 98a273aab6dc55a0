import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
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
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} />
    </StrictMode>,
  )
}

void start()
