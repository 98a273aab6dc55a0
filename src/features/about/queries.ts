import type { QueryClient } from '@tanstack/react-query'
import { indicatorQueries } from '@/api/indicators'

/** What /about reads, for the page and its route loader alike: the catalogue (publishers, calendars). */
export function aboutPageQueries() {
  return { catalog: indicatorQueries.catalog() }
}

export function prefetchAbout(client: QueryClient): void {
  void client.prefetchQuery(aboutPageQueries().catalog)
}
