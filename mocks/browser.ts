import { http, type RequestHandler } from 'msw'
import { getGeography, warmSearchIndex } from '../data/reference/geography'
import { provideMockData, type MockData } from '../data/prebuilt'
import { handlers } from './handlers'
import { scenarioHandlers } from './scenarios'

/**
 * The demo page's data, prepared by the build (data/prebuilt.ts): asked for as soon as this
 * module is evaluated (the build's HTML has already preloaded it beside the app's first chunks).
 * Null in Node and tests, where the getters build from the CSVs.
 */
const dataReady: Promise<void> | null =
  import.meta.env.KINERJA_MOCK_DATA === 'prebuilt' ? loadMockData() : null

async function loadMockData(): Promise<void> {
  const url = import.meta.env.KINERJA_MOCK_DATA_URL ?? ''
  const response = await fetch(url, { headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`[kinerja] ${url}: HTTP ${response.status}`)
  provideMockData((await response.json()) as MockData)
  // The region search's index, a slice per idle moment, ready before the first keystroke.
  if (typeof requestIdleCallback === 'function') {
    const slice = (deadline: IdleDeadline) => {
      if (!warmSearchIndex(getGeography(), () => deadline.timeRemaining() > 2)) {
        requestIdleCallback(slice)
      }
    }
    requestIdleCallback(slice)
  }
}

/** Every request waits for the demo's data before the handlers below answer it. */
const waitForData: RequestHandler[] = dataReady
  ? [
      http.all('*/api/*', async () => {
        await dataReady
        return undefined
      }),
    ]
  : []

/** The demo's handlers: a named scenario (`?scenario=slow`) first, then the happy paths. */
export function browserHandlers(scenario: string | null): RequestHandler[] {
  return [...waitForData, ...scenarioHandlers(scenario), ...handlers]
}
