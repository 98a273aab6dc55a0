import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { Locale } from '@/domain/periods'
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
    (patch: Partial<Filters>) => setParams((current) => nextSearch(current, patch)),
    [setParams],
  )
  return useMemo(
    () => ({
      chooseRegion: (region: string) => update({ region }),
      choosePeriod: (period: string | null) => update({ period }),
      chooseLanguage: (lang: Locale) => update({ lang }),
      chooseView: (view: View) => update({ view }),
    }),
    [update],
  )
}

/** The search string that carries the current (valid) filters to another page. */
export function useFilterSearch(): string {
  const [params] = useSearchParams()
  return `?${nextSearch(params, {}).toString()}`
}
