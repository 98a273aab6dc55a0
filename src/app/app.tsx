import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState, type ComponentType } from 'react'
import {
  createBrowserRouter,
  RouterProvider,
  type LoaderFunctionArgs,
  type Params,
} from 'react-router'
import { agencyQueries } from '@/api/agencies'
import { pjEvaluationQueries } from '@/api/pj-evaluations'
import { preloadCharts } from '@/components/charts/chart-slot'
import { prefetchCompare } from '@/features/compare/queries'
import { prefetchIndicator } from '@/features/indicators/queries'
import { OverviewPage } from '@/features/overview/overview-page'
import { prefetchOverview } from '@/features/overview/queries'
import { DeckStoreProvider } from '@/filters/deck-store'
import { parseFilters, type Filters } from '@/filters/filters'
import { BriefingLayout, Layout } from './layout'
import { NotFoundPage, RouteError } from './route-error'

/**
 * A route's loader starts its page's requests as the navigation starts — at the same time as the
 * page's lazy chunk, not after it — and returns at once: the page reads the same queries and shows
 * its own loading and error states (README, decision "Chunks and performance budgets").
 */
function prefetching(start: (filters: Filters, params: Params) => void) {
  return ({ request, params }: LoaderFunctionArgs) => {
    start(parseFilters(new URL(request.url).searchParams).filters, params)
    return null
  }
}

/**
 * A lazily loaded page: its chunk and the chart library (every lazy page draws charts) start
 * downloading together as the navigation starts.
 */
function chartPage<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType) {
  return async () => {
    preloadCharts()
    return { Component: pick(await load()) }
  }
}

export type AppRouter = ReturnType<typeof createRouter>

export function createRouter(client: QueryClient) {
  return createBrowserRouter([
    {
      path: 'briefing',
      element: <BriefingLayout />,
      errorElement: <RouteError />,
      children: [
        {
          index: true,
          // A div, not a p: a p's margin would move the whole body when the deck replaces it.
          hydrateFallbackElement: <div className="state">…</div>,
          lazy: chartPage(
            () => import('@/features/briefing/briefing-page'),
            (page) => page.BriefingPage,
          ),
        },
      ],
    },
    {
      element: <Layout />,
      children: [
        {
          errorElement: <RouteError />,
          // Shown inside the layout while a lazily loaded first page arrives: the header and the
          // filter bar paint at once and stay put (a fallback above the layout would shift them).
          hydrateFallbackElement: <p className="state">…</p>,
          children: [
            {
              index: true,
              loader: prefetching((filters) => prefetchOverview(client, filters.region)),
              element: <OverviewPage />,
            },
            {
              path: 'indicators/:id',
              loader: prefetching((filters, params) =>
                prefetchIndicator(client, params.id ?? '', filters.region),
              ),
              lazy: chartPage(
                () => import('@/features/indicators/indicator-page'),
                (page) => page.IndicatorPage,
              ),
            },
            {
              path: 'compare',
              loader: prefetching((filters) => prefetchCompare(client, filters)),
              lazy: chartPage(
                () => import('@/features/compare/compare-page'),
                (page) => page.ComparePage,
              ),
            },
            {
              path: 'agencies',
              loader: prefetching((filters) => {
                void client.prefetchQuery(agencyQueries.list(filters.region))
              }),
              lazy: chartPage(
                () => import('@/features/agencies/agencies-page'),
                (page) => page.AgenciesPage,
              ),
            },
            {
              path: 'agencies/:id',
              loader: prefetching((_, params) => {
                void client.prefetchQuery(agencyQueries.detail(params.id ?? ''))
              }),
              lazy: chartPage(
                () => import('@/features/agencies/agency-page'),
                (page) => page.AgencyPage,
              ),
            },
            {
              path: 'programs',
              loader: prefetching((filters) => {
                void client.prefetchQuery(agencyQueries.list(filters.region))
                void client.prefetchQuery(pjEvaluationQueries.list(filters.region))
              }),
              lazy: chartPage(
                () => import('@/features/programs/programs-page'),
                (page) => page.ProgramsPage,
              ),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ])
}

/**
 * `router` is made before the first render in main.tsx, so the first page's requests leave before
 * React renders anything; tests let the App make its own.
 */
export function App({
  queryClient,
  router: given,
}: {
  queryClient: QueryClient
  router?: AppRouter
}) {
  const [router] = useState(() => given ?? createRouter(queryClient))
  return (
    <QueryClientProvider client={queryClient}>
      <DeckStoreProvider>
        <RouterProvider router={router} />
      </DeckStoreProvider>
    </QueryClientProvider>
  )
}
