import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { createQueryClient } from '@/app/query-client'
import type { Locale } from '@/domain/periods'
import { I18nProvider } from '@/i18n/i18n'
import { loadMessages } from '@/i18n/messages'

type Options = {
  /** The URL the component reads its filters from (and writes them to). */
  url?: string
  locale?: Locale
  queryClient?: QueryClient
}

/**
 * One component with only what it needs around it (component tests, tests/components/): a query
 * client without retries, a router in memory at `url` (the filters live in its search string) and
 * the dictionary of `locale`. The whole app through its routes is `renderApp` (route behaviour).
 *
 * `search()` is the router's current search parameters: what a control wrote to the URL.
 */
export async function renderWithProviders(
  ui: ReactNode,
  { url = '/', locale = 'id', queryClient }: Options = {},
) {
  // The dictionary first, so the first paint is already in `locale` (the app fetches English).
  await loadMessages(locale)
  const client = queryClient ?? createQueryClient({ queries: { retry: false } })
  const router = createMemoryRouter(
    [{ path: '*', element: <I18nProvider locale={locale}>{ui}</I18nProvider> }],
    { initialEntries: [url] },
  )
  const user = userEvent.setup()
  const view = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  const search = () => new URLSearchParams(router.state.location.search)
  return { user, router, queryClient: client, search, ...view }
}
