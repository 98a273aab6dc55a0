import type { Agency } from '@/api/agencies'

/**
 * The agency a page narrows to (`agency=`): the one asked for when it belongs to the region's
 * list; an id of another city (or none) means all agencies, reported as unknown. Before the list
 * has loaded, an id that starts with the region's code is trusted, so the common case needs no
 * second request.
 */
export function resolveAgency(
  agencies: ReadonlyArray<Pick<Agency, 'id'>> | undefined,
  requested: string | null,
  regionCode: string,
): { agency: string | null; unknown: string | null } {
  if (requested === null) return { agency: null, unknown: null }
  if (!agencies) {
    return { agency: requested.startsWith(`${regionCode}-`) ? requested : null, unknown: null }
  }
  return agencies.some((a) => a.id === requested)
    ? { agency: requested, unknown: null }
    : { agency: null, unknown: requested }
}

/** Agency ids start with their region's BPS code (`3271-dinkes`). */
export function regionOfAgency(id: string): string {
  return id.slice(0, 4)
}
