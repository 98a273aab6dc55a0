import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState, type ComponentType } from 'react'
import {
  createBrowserRouter,
  RouterProvider,
  type LoaderFunctionArgs,
  type Params,
} from 'react-router'
import { indicatorQueries } from '@/api/indicators'
import { regionQueries } from '@/api/regions'
import { prefetchAbout } from '@/features/about/queries'
import { prefetchAgencies, prefetchAgency } from '@/features/agencies/queries'
import { prefetchBriefing } from '@/features/briefing/queries'
import { prefetchCompare } from '@/features/compare/queries'
import { IndicatorRoute } from '@/features/indicators/indicator-route'
import { prefetchIndicator } from '@/features/indicators/queries'
import { OverviewPage } from '@/features/overview/overview-page'
import { prefetchOverview } from '@/features/overview/queries'
import { prefetchPrograms } from '@/features/programs/queries'
import { DeckStoreProvider } from '@/deck/deck-store'
import { parseFilters, type Filters } from '@/filters/filters'
import { boundsOf, type RouteHandle } from '@/filters/use-filters'
import { BriefingLayout, Layout } from './layout'
import { NotFoundPage, RouteError } from './route-error'

/**
 * A route's requests: its loader starts them as the navigation starts — at the same time as the
 * page's lazy chunk, not after it — and returns at once: the page reads the same queries and shows
 * its own loading and error states (docs/decisions/0018-pages-ask-for-data-as-they-start.md). The
 * same function is the route's `handle.prefetch`, which starts them ahead of a likely navigation
 * (`usePrefetchFilters`: the region highlighted in the picker;
 * docs/decisions/0048-likely-choice-loads-while-deciding.md). The link is read with what the
 * catalogue says it may ask for, when the catalogue is in
 * (docs/decisions/0084-links-that-ask-for-what-the-data-has-not.md).
 */
function prefetching(client: QueryClient, start: NonNullable<RouteHandle['prefetch']>) {
  const handle: RouteHandle = { prefetch: start }
  return {
    loader: ({ request, params }: LoaderFunctionArgs) => {
      const search = new URL(request.url).searchParams
      start(parseFilters(search, boundsOf(cachedCatalog(client))).filters, params)
      return null
    },
    handle,
  }
}

function cachedCatalog(client: QueryClient) {
  return client.getQueryData(indicatorQueries.catalog().queryKey)
}

/**
 * Runs `start` with the indicator ids the catalogue lists, at once when it is in, else once it
 * arrives (the app asks for it as it starts): a request never names an indicator the catalogue
 * does not have (the API answers 400, a console error, for an unknown one), so an unknown id in a
 * link becomes a notice or a "not found", never a failed request.
 */
function withIndicators(client: QueryClient, start: (ids: ReadonlyArray<string>) => void) {
  const cached = cachedCatalog(client)
  if (cached) return start(cached.indicators.map((i) => i.id))
  client.fetchQuery(indicatorQueries.catalog()).then(
    (catalog) => start(catalog.indicators.map((i) => i.id)),
    () => undefined, // the page shows the catalogue's failure
  )
}

/**
 * A page in its own chunk. As the navigation starts, the router asks for the chunk and the loader
 * starts the page's requests (and returns at once). `lazy` names the one property it loads, so
 * the router runs the loader beside it instead of waiting for the chunk.
 */
function lazyPage<Module>(
  client: QueryClient,
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType,
  prefetch: (filters: Filters, params: Params) => void = () => undefined,
) {
  return {
    lazy: { Component: async () => pick(await load()) },
    ...prefetching(client, prefetch),
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
          ...lazyPage(
            client,
            () => import('@/features/briefing/briefing-page'),
            (page) => page.BriefingPage,
            (filters) => prefetchBriefing(client, filters.region),
          ),
        },
        {
          // The presenter view, opened by the briefing in a second window.
          path: 'presenter',
          hydrateFallbackElement: <div className="state">…</div>,
          ...lazyPage(
            client,
            () => import('@/features/briefing/presenter/presenter-page'),
            (page) => page.PresenterPage,
            (filters) => prefetchBriefing(client, filters.region),
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
          // filter bar stay put (a fallback above the layout would shift them).
          hydrateFallbackElement: <p className="state">…</p>,
          // Every page shows the region (title, breadcrumb, filter bar) and the filter bar reads the
          // catalogue: both are asked for as a navigation starts, beside the page's own requests,
          // not once the new page renders.
          ...prefetching(client, (filters) => {
            void client.prefetchQuery(regionQueries.detail(filters.region))
            void client.prefetchQuery(indicatorQueries.catalog())
          }),
          children: [
            {
              index: true,
              ...prefetching(client, (filters) => prefetchOverview(client, filters.region)),
              element: <OverviewPage />,
            },
            {
              path: 'indicators/:id',
              element: <IndicatorRoute />,
              children: [
                {
                  index: true,
                  // Under the route's heading, while the page body's chunk arrives.
                  hydrateFallbackElement: <p className="state">…</p>,
                  ...lazyPage(
                    client,
                    () => import('@/features/indicators/indicator-page'),
                    (page) => page.IndicatorPage,
                    (filters, params) =>
                      withIndicators(client, (ids) => {
                        const id = params.id ?? ''
                        if (ids.includes(id)) prefetchIndicator(client, id, filters.region)
                      }),
                  ),
                },
              ],
            },
            {
              path: 'compare',
              ...lazyPage(
                client,
                () => import('@/features/compare/compare-page'),
                (page) => page.ComparePage,
                (filters) =>
                  withIndicators(client, (ids) =>
                    prefetchCompare(
                      client,
                      filters.indicator && !ids.includes(filters.indicator)
                        ? { ...filters, indicator: null }
                        : filters,
                    ),
                  ),
              ),
            },
            {
              path: 'agencies',
              ...lazyPage(
                client,
                () => import('@/features/agencies/agencies-page'),
                (page) => page.AgenciesPage,
                (filters) => prefetchAgencies(client, filters.region),
              ),
            },
            {
              path: 'agencies/:id',
              ...lazyPage(
                client,
                () => import('@/features/agencies/agency-page'),
                (page) => page.AgencyPage,
                (_, params) => prefetchAgency(client, params.id ?? ''),
              ),
            },
            {
              path: 'programs',
              ...lazyPage(
                client,
                () => import('@/features/programs/programs-page'),
                (page) => page.ProgramsPage,
                (filters) => prefetchPrograms(client, filters),
              ),
            },
            {
              path: 'about',
              ...lazyPage(
                client,
                () => import('@/features/about/about-page'),
                (page) => page.AboutPage,
                () => prefetchAbout(client),
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
