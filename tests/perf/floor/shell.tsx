/**
 * The scorecard's floor (`/`, the budget "first chart ≤ 1.15 × shell floor"; docs/performance.md):
 * the app's own page shell — its stylesheet, its start-up (the region and catalogue asked for
 * before the first render, which waits for them at most as long as the app's does, rendered as a
 * transition), the real layout with the site header, the filter bar and the footer, the page's
 * heading — and one empty card per indicator of the catalogue, the first of which draws the same
 * sparkline (last 12 values of TPT) from the same /series request the scorecard makes. What the
 * app adds over this is the cards' own cost: the readings, their words, badges, sources and the
 * other six sparklines.
 */
import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { indicatorQueries } from '@/api/indicators'
import { regionQueries } from '@/api/regions'
import { seriesQueries } from '@/api/series'
import { Layout } from '@/app/layout'
import { createQueryClient } from '@/app/query-client'
import { Sparkline } from '@/components/charts/sparkline'
import { periodKeyMidpoint } from '@/domain/periods'
import { placeName } from '@/domain/places'
import { useResolvedRegion } from '@/filters/use-region'
import { useI18n } from '@/i18n/i18n'
import '@/styles.css'
import { region, rootElement } from './shared'

/** As src/main.tsx: the longest the first paint waits for the region and the catalogue. */
const FIRST_PAINT_WAIT_MS = 600

function EmptyScorecard() {
  const { t, locale } = useI18n()
  const { region: record } = useResolvedRegion()
  const catalog = useQuery(indicatorQueries.catalog())
  const { data } = useQuery(seriesQueries.list({ regions: [region] }))
  const tpt = data?.series.find((s) => s.regionCode === region && s.indicatorId === 'tpt')
  const title = t('overview.title', { region: record ? placeName(record) : region })
  return (
    <section aria-labelledby="page-title" className="page">
      <header className="page__header">
        <h1 id="page-title">{title}</h1>
      </header>
      <div className="card-grid">
        {(catalog.data?.indicators ?? []).map((indicator, index) => (
          <article key={indicator.id} className="card" aria-labelledby={`card-${indicator.id}`}>
            <header className="card__header">
              <h2 id={`card-${indicator.id}`} className="card__title">
                {indicator.shortName[locale]}
              </h2>
            </header>
            {index === 0 && tpt && (
              <Sparkline
                points={tpt.observations
                  .filter((o) => o.value !== null)
                  .slice(-12)
                  .map((o) => ({ t: periodKeyMidpoint(o.period) ?? 0, value: o.value ?? 0 }))}
              />
            )}
          </article>
        ))}
      </div>
    </section>
  )
}

const client = createQueryClient()
const shared = Promise.all([
  client.prefetchQuery(regionQueries.detail(region)),
  client.prefetchQuery(indicatorQueries.catalog()),
])
const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        path: '*',
        // As the scorecard's route loader: its one /series request starts with the navigation.
        loader: () => {
          void client.prefetchQuery(seriesQueries.list({ regions: [region] }))
          return null
        },
        element: <EmptyScorecard />,
      },
    ],
  },
])
await Promise.race([shared, new Promise((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS))])
startTransition(() => {
  createRoot(rootElement()).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  )
})
