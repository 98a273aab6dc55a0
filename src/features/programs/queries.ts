import type { QueryClient } from '@tanstack/react-query'
import { agencyQueries } from '@/api/agencies'
import { directiveQueries } from '@/api/directives'
import { pjEvaluationQueries } from '@/api/pj-evaluations'
import { programQueries } from '@/api/programs'
import { resolveAgency } from '@/domain/agencies'
import type { Filters } from '@/filters/filters'

/**
 * What /programs reads, for the page and its route loader alike: the region's agencies (the
 * agency filter), its whole programme (the roll-ups count the whole set; the filters narrow the
 * lists), the directives of the chosen agency, and the Pj evaluation.
 */
export function programsPageQueries(code: string, agency: string | null) {
  return {
    agencies: agencyQueries.list(code),
    programs: programQueries.list({ region: code }),
    directives: directiveQueries.list({ region: code, agency }),
    pj: pjEvaluationQueries.list(code),
  }
}

export function prefetchPrograms(client: QueryClient, filters: Filters): void {
  const code = filters.region
  // The agency as the page resolves it: from the list when it is in, else trusted by its prefix.
  const listed = client.getQueryData(agencyQueries.list(code).queryKey)?.agencies
  const { agency } = resolveAgency(listed, filters.agency, code)
  const queries = programsPageQueries(code, agency)
  void client.prefetchQuery(queries.agencies)
  void client.prefetchQuery(queries.programs)
  void client.prefetchQuery(queries.directives)
  void client.prefetchQuery(queries.pj)
}
