import type { QueryClient } from '@tanstack/react-query'
import { agencyQueries } from '@/api/agencies'
import { indicatorQueries } from '@/api/indicators'
import { programQueries } from '@/api/programs'
import { regionQueries } from '@/api/regions'
import { regionOfAgency } from '@/domain/agencies'

/**
 * What /agencies reads, for the page and its route loader alike
 * (docs/decisions/0056-queries-are-the-route-loader.md): the region's agencies with their SAKIP
 * history, components and IKU years.
 */
export function agenciesPageQueries(code: string) {
  return { agencies: agencyQueries.list(code) }
}

export function prefetchAgencies(client: QueryClient, code: string): void {
  void client.prefetchQuery(agenciesPageQueries(code).agencies)
}

/**
 * What /agencies/:id reads, for the page and its route loader alike: the agency (IKU, SAKIP), the
 * record of the agency's own region (not the filter's: the id says whose agency it is), the
 * catalogue (the indicators it owns) and its programs.
 */
export function agencyPageQueries(id: string) {
  const region = regionOfAgency(id)
  return {
    agency: agencyQueries.detail(id),
    region: regionQueries.detail(region),
    catalog: indicatorQueries.catalog(),
    programs: programQueries.list({ region, agency: id }),
  }
}

export function prefetchAgency(client: QueryClient, id: string): void {
  const queries = agencyPageQueries(id)
  void client.prefetchQuery(queries.agency)
  void client.prefetchQuery(queries.region)
  void client.prefetchQuery(queries.catalog)
  void client.prefetchQuery(queries.programs)
}
