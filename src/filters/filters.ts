import type { Locale } from '@/domain/periods'
import { isPeriodKey } from '@/domain/periods'

/**
 * The view's filters live in the URL (a public interface, see README "URL parameters").
 * Parsing never throws: a malformed value falls back to its default and is reported as an issue.
 */
export const DEFAULT_REGION = '3271'
export const LOCALES = ['id', 'en'] as const
export const VIEWS = ['chart', 'table'] as const
export type View = (typeof VIEWS)[number]

export type Filters = {
  region: string
  /** The period the view is "as of"; null means the latest data. */
  period: string | null
  lang: Locale
  view: View
}

export type FilterParam = keyof Filters
export type FilterIssue = { param: FilterParam; value: string }

export const DEFAULT_FILTERS: Filters = {
  region: DEFAULT_REGION,
  period: null,
  lang: 'id',
  view: 'chart',
}

const REGION_PATTERN = /^(0000|\d{2}|\d{4}|\d{7})$/

export function isRegionCode(value: string): boolean {
  return REGION_PATTERN.test(value)
}

function isLocale(value: string): value is Locale {
  return (LOCALES as ReadonlyArray<string>).includes(value)
}

function isView(value: string): value is View {
  return (VIEWS as ReadonlyArray<string>).includes(value)
}

export function parseFilters(params: URLSearchParams): { filters: Filters; issues: FilterIssue[] } {
  const issues: FilterIssue[] = []
  const filters: Filters = { ...DEFAULT_FILTERS }

  const region = params.get('region')
  if (region !== null) {
    if (isRegionCode(region.trim())) filters.region = region.trim()
    else issues.push({ param: 'region', value: region })
  }
  const period = params.get('period')
  if (period !== null && period !== '') {
    const key = period
      .trim()
      .toUpperCase()
      .replace(/^(\d{4})-([SQ])/, '$1-$2')
    if (isPeriodKey(key)) filters.period = key
    else issues.push({ param: 'period', value: period })
  }
  const lang = params.get('lang')
  if (lang !== null) {
    const value = lang.trim().toLowerCase()
    if (isLocale(value)) filters.lang = value
    else issues.push({ param: 'lang', value: lang })
  }
  const view = params.get('view')
  if (view !== null) {
    if (isView(view)) filters.view = view
    else issues.push({ param: 'view', value: view })
  }
  return { filters, issues }
}

/**
 * The next search string after a change: parameters this module owns are rewritten from the parsed
 * (valid) filters, so a malformed value disappears once the user picks something; other parameters
 * are kept as they are.
 */
export function nextSearch(current: URLSearchParams, patch: Partial<Filters>): URLSearchParams {
  const { filters } = parseFilters(current)
  const next = { ...filters, ...patch }
  const params = new URLSearchParams(current)
  params.set('region', next.region)
  if (next.period) params.set('period', next.period)
  else params.delete('period')
  if (next.lang !== DEFAULT_FILTERS.lang) params.set('lang', next.lang)
  else params.delete('lang')
  if (next.view !== DEFAULT_FILTERS.view) params.set('view', next.view)
  else params.delete('view')
  return params
}
