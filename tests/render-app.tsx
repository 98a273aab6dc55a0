import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '@/app/app'
import { createQueryClient } from '@/app/query-client'

/** The real app, driven by a URL, with a fresh query client and no retries. */
export function renderApp({ url = '/' }: { url?: string } = {}) {
  window.history.replaceState(null, '', url)
  const queryClient = createQueryClient({ queries: { retry: false } })
  const user = userEvent.setup()
  const view = render(<App queryClient={queryClient} />)
  return { user, queryClient, ...view }
}
