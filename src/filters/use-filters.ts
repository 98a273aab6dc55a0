import { useCallback, useMemo } from 'react'
import { useMatches, useSearchParams, type Params } from 'react-router'
import type { Granularity, Locale } from '@/domain/periods'
import type { ProgramStatus } from '@/domain/program-status'
import type { RangePreset } from '@/domain/ranges'
import { nextSearch, parseFilters, type Filters, type View } from './filters'

/** The current filters, parsed from the URL, with any values that had to be replaced. */
export function useFilters() {
  const [params] = useSearchParams()
  const search = params.toString()
  return useMemo(() => parseFilters(new URLSearchParams(search)), [search])
}

/** The only writer of the URL's filter parameters. */
export function useFilterActions() {
  const [, setParams] = useSearchParams()
  const update = useCallback(
    (patch: Partial<Filters>, replace = false) =>
      setParams((current) => nextSearch(current, patch), { replace }),
    [setParams],
  )
  return useMemo(
    () => ({
      chooseRegion: (region: string) => update({ region }),
      choosePeriod: (period: string | null) => update({ period }),
      chooseLanguage: (lang: Locale) => update({ lang }),
      chooseView: (view: View) => update({ view }),
      /** The briefing's deck and slide move together; `replace` keeps slide steps out of history. */
      chooseDeck: (deck: string[], slide = 1) => update({ deck, slide }),
      showSlide: (slide: number) => update({ slide }, true),
      /** The briefing's title slide (null for the defaults), written with the deck it opens. */
      chooseMeeting: (meeting: string | null, date: string | null, deck: string[]) =>
        update({ meeting, date, deck }),
      chooseRegions: (regions: string[]) => update({ regions }),
      /** Another indicator is ranked on its own latest common period. */
      chooseIndicator: (indicator: string) => update({ indicator, at: null }),
      /** The period /compare ranks by; null for the default (the latest most regions have). */
      chooseComparisonPeriod: (at: string | null) => update({ at }),
      /** The SAKIP year /agencies shows: page-local, "as of" stays as it is. */
      chooseYear: (year: number | null) => update({ year }),
      /** A relative preset replaces any custom range. */
      chooseRange: (range: RangePreset) => update({ range, from: null, to: null }),
      /** A custom range replaces the preset. */
      chooseCustomRange: (from: string, to: string) => update({ from, to, range: null }),
      chooseGranularity: (granularity: Granularity | null) => update({ granularity }),
      /** null shows every agency. */
      chooseAgency: (agency: string | null) => update({ agency }),
      /** null shows every status. */
      chooseStatus: (status: ProgramStatus | null) => update({ status }),
    }),
    [update],
  )
}

/** The search string that carries the current (valid) filters to another page. */
export function useFilterSearch(): string {
  const [params] = useSearchParams()
  return `?${nextSearch(params, {}).toString()}`
}

/**
 * What a route gives the router besides its page: the requests its page makes for some filters,
 * started by its loader as a navigation starts (src/app/app.tsx) and by {@link usePrefetchFilters}
 * ahead of a likely one.
 */
export type RouteHandle = { prefetch?: (filters: Filters, params: Params) => void }

/**
 * Starts the requests the current page would make with `patch` applied, without navigating (the
 * URL is not touched): the region the reader rests on in the picker loads while they decide, so
 * choosing it paints from the cache.
 */
export function usePrefetchFilters() {
  const matches = useMatches()
  const [params] = useSearchParams()
  return useCallback(
    (patch: Partial<Filters>) => {
      const { filters } = parseFilters(nextSearch(params, patch))
      for (const match of matches) {
        ;(match.handle as RouteHandle | undefined)?.prefetch?.(filters, match.params)
      }
    },
    [matches, params],
  )
}
