import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { OverviewPage } from '@/features/overview/overview-page'
import { DeckStoreProvider } from '@/filters/deck-store'
import { BriefingLayout, Layout } from './layout'
import { NotFoundPage, RouteError } from './route-error'

function createRouter() {
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
          lazy: async () => ({
            Component: (await import('@/features/briefing/briefing-page')).BriefingPage,
          }),
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
            { index: true, element: <OverviewPage /> },
            {
              path: 'indicators/:id',
              lazy: async () => ({
                Component: (await import('@/features/indicators/indicator-page')).IndicatorPage,
              }),
            },
            {
              path: 'compare',
              lazy: async () => ({
                Component: (await import('@/features/compare/compare-page')).ComparePage,
              }),
            },
            {
              path: 'agencies',
              lazy: async () => ({
                Component: (await import('@/features/agencies/agencies-page')).AgenciesPage,
              }),
            },
            {
              path: 'agencies/:id',
              lazy: async () => ({
                Component: (await import('@/features/agencies/agency-page')).AgencyPage,
              }),
            },
            {
              path: 'programs',
              lazy: async () => ({
                Component: (await import('@/features/programs/programs-page')).ProgramsPage,
              }),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ])
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  const [router] = useState(createRouter)
  return (
    <QueryClientProvider client={queryClient}>
      <DeckStoreProvider>
        <RouterProvider router={router} />
      </DeckStoreProvider>
    </QueryClientProvider>
  )
}
