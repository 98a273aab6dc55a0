import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { expect, test } from 'vitest'
import type { Series } from '@/api/series'
import { shownObservations } from '@/analysis/series-view'
import { DeckStoreProvider } from '@/deck/deck-store'
import { makeIndicator, makeObservation } from '@/testing/fixtures'
import { TrendSection } from './trend-section'

const tpt = makeIndicator()
const region = { code: '3271', name: 'Kota Bogor', level: 'city' as const }

function renderTrend(values: Record<string, number>) {
  const series: Series = {
    indicatorId: 'tpt',
    regionCode: '3271',
    observations: Object.entries(values).map(([period, value]) => makeObservation(period, value)),
    targets: [],
  }
  const range = { from: '2022-08', to: '2023-08' }
  const element = (
    <TrendSection
      indicator={tpt}
      region={region}
      shown={shownObservations(tpt, series, range, null)}
      regionSeries={series}
      range={range}
      dataAsOf="2026-11-01T08:00:00+07:00"
      isUpdating={false}
      initialView="table"
    />
  )
  const router = createMemoryRouter([{ path: '*', element }], {
    initialEntries: ['/indicators/tpt?region=3271'],
  })
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <DeckStoreProvider>
        <RouterProvider router={router} />
      </DeckStoreProvider>
    </QueryClientProvider>,
  )
}

test('the trend never says "naik" beside two equal printed numbers', async () => {
  // 9.391 and 9.394 both print as 9,39 %.
  renderTrend({ '2022-08': 9.391, '2023-08': 9.394 })
  const figure = await screen.findByRole('figure', { name: /Tren TPT/ })
  expect(figure).toHaveTextContent(
    /TPT Kota Bogor tetap dari 9,39\s%\s\(Agustus 2022\) menjadi 9,39\s%\s\(Agustus 2023\)/,
  )
  expect(figure).not.toHaveTextContent(/\b(naik|turun)\b/)
})

test('a trend that moved in print says which way', async () => {
  renderTrend({ '2022-08': 10.78, '2023-08': 9.39 })
  const figure = await screen.findByRole('figure', { name: /Tren TPT/ })
  expect(figure).toHaveTextContent(/TPT Kota Bogor turun dari 10,78\s%.*menjadi 9,39\s%/)
})
