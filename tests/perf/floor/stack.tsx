/**
 * The stack floor (for reference, not a budget since the shell floor replaced it: shell.tsx,
 * docs/decisions/0080-benchmark-floors-re-based.md): the scorecard's sparkline drawn through the
 * stack the app is built on and nothing of the app itself — React Router with one route, TanStack
 * Query, the app's HTTP client and its zod schema for /series — to show how much of the app/floor
 * gap the stack alone accounts for.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { seriesQueries } from '@/api/series'
import { Sparkline } from '@/components/charts/sparkline'
import { periodKeyMidpoint } from '@/domain/periods'
import { region, rootElement } from './shared'

function Card() {
  const { data } = useQuery(seriesQueries.list({ regions: [region] }))
  const series = data?.series.find((s) => s.regionCode === region && s.indicatorId === 'tpt')
  if (!series) return null
  return (
    <Sparkline
      points={series.observations
        .slice(-12)
        .map((o) => ({ t: periodKeyMidpoint(o.period) ?? 0, value: o.value ?? 0 }))}
    />
  )
}

const client = new QueryClient()
const router = createBrowserRouter([{ path: '*', element: <Card /> }])
createRoot(rootElement()).render(
  <QueryClientProvider client={client}>
    <RouterProvider router={router} />
  </QueryClientProvider>,
)
