import type { Granularity, Locale } from '@/domain/periods'
import { GRANULARITIES, compareKeys, isPeriodKey } from '@/domain/periods'
import { isProgramStatus, type ProgramStatus } from '@/domain/program-status'
import { parseDeck } from '@/domain/deck'
import { isRangePreset, type RangePreset } from '@/domain/ranges'
import { AGENCY_ID_PATTERN } from '@/api/agencies'

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
  /** Regions side by side on /compare. */
  regions: string[]
  /** The indicator of /compare. */
  indicator: string | null
  /** A custom range (both set) wins over a relative preset. */
  from: string | null
  to: string | null
  range: RangePreset | null
  /** Display granularity of trends; coarser than native keeps end-of-period values. */
  granularity: Granularity | null
  /** One agency (`3271-dinkes`) that /agencies and /programs narrow to. */
  agency: string | null
  /** A program status that /programs narrows to. */
  status: ProgramStatus | null
  /** The briefing deck (slide ids); null when the link carries none. */
  deck: string[] | null
  /** The briefing slide shown, 1-based. */
  slide: number
}

export type FilterParam = keyof Filters
export type FilterIssue = { param: FilterParam; value: string }

export const DEFAULT_FILTERS: Filters = {
  region: DEFAULT_REGION,
  period: null,
  lang: 'id',
  view: 'chart',
  regions: [],
  indicator: null,
  from: null,
  to: null,
  range: null,
  granularity: null,
  agency: null,
  status: null,
  deck: null,
  slide: 1,
}

export const MAX_COMPARED_REGIONS = 8
const INDICATOR_PATTERN = /^[a-z0-9-]{1,40}$/

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
  const regions = params.get('regions')
  if (regions !== null && regions !== '') {
    const codes = [...new Set(regions.split(',').map((code) => code.trim()))]
    if (codes.every(isRegionCode) && codes.length <= MAX_COMPARED_REGIONS) filters.regions = codes
    else issues.push({ param: 'regions', value: regions })
  }
  const indicator = params.get('indicator')
  if (indicator !== null) {
    if (INDICATOR_PATTERN.test(indicator)) filters.indicator = indicator
    else issues.push({ param: 'indicator', value: indicator })
  }
  const from = readPeriod(params, 'from', issues)
  const to = readPeriod(params, 'to', issues)
  if (from && to && compareKeys(from, to) > 0) {
    issues.push({ param: 'from', value: `${from} > ${to}` })
  } else if (from && to) {
    filters.from = from
    filters.to = to
  } else if (from || to) {
    issues.push({ param: from ? 'to' : 'from', value: '' })
  }
  const range = params.get('range')
  if (range !== null) {
    if (isRangePreset(range)) filters.range = range
    else issues.push({ param: 'range', value: range })
  }
  const granularity = params.get('granularity')
  if (granularity !== null) {
    if ((GRANULARITIES as ReadonlyArray<string>).includes(granularity)) {
      filters.granularity = granularity as Granularity
    } else issues.push({ param: 'granularity', value: granularity })
  }
  const agency = params.get('agency')
  if (agency !== null && agency !== '') {
    const value = agency.trim().toLowerCase()
    if (value.length <= 80 && AGENCY_ID_PATTERN.test(value)) filters.agency = value
    else issues.push({ param: 'agency', value: agency })
  }
  const status = params.get('status')
  if (status !== null && status !== '') {
    const value = status.trim().toLowerCase()
    if (isProgramStatus(value)) filters.status = value
    else issues.push({ param: 'status', value: status })
  }
  const deck = params.get('deck')
  if (deck !== null) {
    const parsed = parseDeck(deck)
    filters.deck = parsed.slides
    if (parsed.invalid.length > 0) issues.push({ param: 'deck', value: parsed.invalid.join(',') })
  }
  const slide = params.get('slide')
  if (slide !== null) {
    if (/^\d{1,3}$/.test(slide) && Number(slide) >= 1) filters.slide = Number(slide)
    else issues.push({ param: 'slide', value: slide })
  }
  return { filters, issues }
}

function normalisePeriod(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/^(\d{4})-([SQ])/, '$1-$2')
}

function readPeriod(
  params: URLSearchParams,
  name: 'from' | 'to',
  issues: FilterIssue[],
): string | null {
  const value = params.get(name)
  if (value === null || value === '') return null
  const key = normalisePeriod(value)
  if (isPeriodKey(key)) return key
  issues.push({ param: name, value })
  return null
}

/**
 * The next search string after a change: parameters this module owns are rewritten from the parsed
 * (valid) filters, so a malformed value disappears once the user picks something; other parameters
 * are kept as they are.
 */
export function nextSearch(current: URLSearchParams, patch: Partial<Filters>): URLSearchParams {
  const { filters } = parseFilters(current)
  const next = { ...filters, ...patch }
  // An agency belongs to one city: choosing another region drops it.
  if (patch.region !== undefined && patch.region !== filters.region && !('agency' in patch)) {
    next.agency = null
  }
  const params = new URLSearchParams(current)
  params.set('region', next.region)
  if (next.period) params.set('period', next.period)
  else params.delete('period')
  if (next.lang !== DEFAULT_FILTERS.lang) params.set('lang', next.lang)
  else params.delete('lang')
  if (next.view !== DEFAULT_FILTERS.view) params.set('view', next.view)
  else params.delete('view')
  setOrDelete(params, 'regions', next.regions.length > 0 ? next.regions.join(',') : null)
  setOrDelete(params, 'indicator', next.indicator)
  setOrDelete(params, 'from', next.from && next.to ? next.from : null)
  setOrDelete(params, 'to', next.from && next.to ? next.to : null)
  setOrDelete(params, 'range', next.range)
  setOrDelete(params, 'granularity', next.granularity)
  setOrDelete(params, 'agency', next.agency)
  setOrDelete(params, 'status', next.status)
  // An empty deck (every slide removed) stays in the link as `deck=`.
  if (next.deck === null) params.delete('deck')
  else params.set('deck', next.deck.join(','))
  setOrDelete(params, 'slide', next.slide > 1 ? String(next.slide) : null)
  return params
}

function setOrDelete(params: URLSearchParams, name: string, value: string | null) {
  if (value === null || value === '') params.delete(name)
  else params.set(name, value)
}
