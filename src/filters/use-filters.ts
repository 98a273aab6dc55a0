import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { useMatches, useSearchParams, type Params } from 'react-router'
import { indicatorQueries, type IndicatorsResponse } from '@/api/indicators'
import { dayOf } from '@/domain/dates'
import type { Granularity, Locale } from '@/domain/periods'
import type { ProgramStatus } from '@/domain/program-status'
import type { RangePreset } from '@/domain/ranges'
import { nextSearch, parseFilters, type FilterBounds, type Filters, type View } from './filters'

/** What the catalogue says a link may ask for: its indicators and the dataset's day. */
export function boundsOf(catalog: IndicatorsResponse | undefined): FilterBounds {
  if (!catalog) return {}
  return {
    indicators: catalog.indicators.map((i) => i.id),
    today: dayOf(catalog.dataAsOf),
  }
}

/** The bounds once the catalogue (asked for by every page as the app starts) is in. */
function useFilterBounds(): FilterBounds {
  const catalog = useQuery(indicatorQueries.catalog())
  return useMemo(() => boundsOf(catalog.data), [catalog.data])
}

/** The current filters, parsed from the URL, with any values that had to be replaced. */
export function useFilters() {
  const [params] = useSearchParams()
  const bounds = useFilterBounds()
  const search = params.toString()
  return useMemo(() => parseFilters(new URLSearchParams(search), bounds), [search, bounds])
}

/** The only writer of the URL's filter parameters. */
export function useFilterActions() {
  const [, setParams] = useSearchParams()
  const bounds = useFilterBounds()
  const update = useCallback(
    (patch: Partial<Filters>, replace = false) =>
      setParams((current) => nextSearch(current, patch, bounds), { replace }),
    [setParams, bounds],
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
  const bounds = useFilterBounds()
  return `?${nextSearch(params, {}, bounds).toString()}`
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
  const bounds = useFilterBounds()
  return useCallback(
    (patch: Partial<Filters>) => {
      const { filters } = parseFilters(nextSearch(params, patch, bounds), bounds)
      for (const match of matches) {
        ;(match.handle as RouteHandle | undefined)?.prefetch?.(filters, match.params)
      }
    },
    [matches, params, bounds],
  )
}
