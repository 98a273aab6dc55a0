import { z } from 'zod/mini'
import { AGENCY_ID_PATTERN } from '@/api/agencies'
import { isRegionCode } from '@/api/common'
import { configuredRegion } from './default-region'
import { isProgramStatus, type ProgramStatus } from '@/api/programs'
import { cleanMeetingName, parseDeck } from '@/domain/deck'
import {
  GRANULARITIES,
  compareKeys,
  isPeriodKey,
  parsePeriod,
  periodStartMonth,
  type Granularity,
  type Locale,
} from '@/domain/periods'
import { isRangePreset, type RangePreset } from '@/domain/ranges'

/**
 * The view's filters live in the URL (a public interface, see docs/url-parameters.md), parsed by
 * one zod schema — the same for route loaders and hooks. Parsing never throws: a malformed value
 * falls back to its default and is reported as an issue, so a bad link still renders and says why.
 */
/** The city's region (configuration: ./default-region.ts). */
export const DEFAULT_REGION = configuredRegion()
export const LOCALES = ['id', 'en'] as const
const VIEWS = ['chart', 'table'] as const
export type View = (typeof VIEWS)[number]
export const MAX_COMPARED_REGIONS = 8

export type Filters = {
  region: string
  /** The period the view is "as of"; null means each indicator's latest. */
  period: string | null
  lang: Locale
  view: View
  /** Regions side by side on /compare. */
  regions: string[]
  /** The indicator of /compare. */
  indicator: string | null
  /** The period /compare ranks by; null for the latest period most of the regions have. */
  at: string | null
  /** A custom range (both set) wins over a relative preset. */
  from: string | null
  to: string | null
  range: RangePreset | null
  /** Display granularity of trends; coarser than native keeps end-of-period values. */
  granularity: Granularity | null
  /** One agency (`3271-dinkes`) that /agencies and /programs narrow to. */
  agency: string | null
  /** A program status that /programs narrows its list to. */
  status: ProgramStatus | null
  /** The SAKIP evaluation year /agencies shows; a page-local choice, apart from "as of". */
  year: number | null
  /** The briefing deck (slide ids); null when the link carries none. */
  deck: string[] | null
  /** The briefing slide shown, 1-based. */
  slide: number
  /** The briefing's meeting name (its title slide); null for the default one. */
  meeting: string | null
  /** The briefing's meeting day, `YYYY-MM-DD`; null for the day its data was frozen. */
  date: string | null
}

export type FilterParam = keyof Filters
/**
 * A value of the link replaced by its default: malformed (no reason), or well-formed but naming
 * what the data does not have — an indicator the catalogue does not list (`unknown`), a period
 * after the dataset's time (`after-data`).
 */
export type FilterIssue = { param: FilterParam; value: string; reason?: 'unknown' | 'after-data' }

/**
 * What the data says a link may ask for, once the catalogue is in: its indicators and its day
 * (`YYYY-MM-DD`, the dataset's "data per"). Without it (`{}`) only the form of each value is checked.
 */
export type FilterBounds = {
  indicators?: ReadonlyArray<string>
  today?: string
}

export const DEFAULT_FILTERS: Filters = {
  region: DEFAULT_REGION,
  period: null,
  lang: 'id',
  view: 'chart',
  regions: [],
  indicator: null,
  at: null,
  from: null,
  to: null,
  range: null,
  granularity: null,
  agency: null,
  status: null,
  year: null,
  deck: null,
  slide: 1,
  meeting: null,
  date: null,
}

const INDICATOR_PATTERN = /^[a-z0-9-]{1,40}$/

/** `2024-q3` → `2024-Q3`; whitespace trimmed. */
function normalisePeriod(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/^(\d{4})-([SQ])/, '$1-$2')
}

/** A text parameter that must pass `accept` after `normalise`. */
function text<T extends string>(normalise: (v: string) => string, accept: (v: string) => v is T) {
  return z.pipe(
    z.pipe(z.string(), z.transform(normalise)),
    z.custom<T>((v) => typeof v === 'string' && accept(v)),
  )
}
const is =
  (test: (v: string) => boolean) =>
  (v: string): v is string =>
    test(v)
const trim = (v: string) => v.trim()

/** Each parameter's schema: the value as read from the URL (`undefined` when absent). */
const PARAMS = {
  region: text(trim, is(isRegionCode)),
  period: text(normalisePeriod, is(isPeriodKey)),
  lang: text(
    (v) => v.trim().toLowerCase(),
    (v): v is Locale => (LOCALES as ReadonlyArray<string>).includes(v),
  ),
  view: text(trim, (v): v is View => (VIEWS as ReadonlyArray<string>).includes(v)),
  regions: z.pipe(
    z.pipe(
      z.string(),
      z.transform((v) => [...new Set(v.split(',').map(trim))]),
    ),
    z.array(z.string()).check(
      z.maxLength(MAX_COMPARED_REGIONS),
      z.refine((codes) => codes.every(isRegionCode)),
    ),
  ),
  indicator: text(
    trim,
    is((v) => INDICATOR_PATTERN.test(v)),
  ),
  at: text(normalisePeriod, is(isPeriodKey)),
  from: text(normalisePeriod, is(isPeriodKey)),
  to: text(normalisePeriod, is(isPeriodKey)),
  range: text(trim, isRangePreset),
  granularity: text(trim, (v): v is Granularity =>
    (GRANULARITIES as ReadonlyArray<string>).includes(v),
  ),
  agency: text(
    (v) => v.trim().toLowerCase(),
    is((v) => v.length <= 80 && AGENCY_ID_PATTERN.test(v)),
  ),
  status: text((v) => v.trim().toLowerCase(), isProgramStatus),
  year: z.pipe(
    z.string().check(z.regex(/^\s*\d{4}\s*$/)),
    z.pipe(
      z.transform((v: string) => Number(v)),
      z.int().check(z.minimum(1945), z.maximum(2100)),
    ),
  ),
  deck: z.pipe(
    z.string(),
    z.transform((v) => parseDeck(v)),
  ),
  slide: z.pipe(
    z.string().check(z.regex(/^\d{1,3}$/)),
    z.pipe(
      z.transform((v: string) => Number(v)),
      z.int().check(z.minimum(1)),
    ),
  ),
  meeting: z.pipe(
    z.pipe(z.string(), z.transform(cleanMeetingName)),
    z.string().check(z.minLength(1)),
  ),
  date: z.pipe(z.pipe(z.string(), z.transform(trim)), z.iso.date()),
} satisfies Record<FilterParam, z.ZodMiniType<unknown, string>>

/**
 * The URL schema: every parameter optional, each falling back to its default on its own. An empty
 * value reads as absent (`period=` is the latest), except `deck=` (an emptied deck).
 */
const FiltersSchema = z.object(
  Object.fromEntries(
    Object.entries(PARAMS).map(([name, schema]) => [
      name,
      z.catch(z.optional(schema as z.ZodMiniType<unknown, string>), undefined),
    ]),
  ) as { [K in FilterParam]: z.ZodMiniCatch<z.ZodMiniOptional<(typeof PARAMS)[K]>> },
)

/** The raw value of each parameter this module owns (first occurrence; empty counts as absent). */
function rawParams(params: URLSearchParams): Partial<Record<FilterParam, string>> {
  const raw: Partial<Record<FilterParam, string>> = {}
  for (const name of Object.keys(PARAMS) as FilterParam[]) {
    const value = params.get(name)
    if (value === null || (value === '' && name !== 'deck')) continue
    raw[name] = value
  }
  return raw
}

/**
 * The one reading of the link (docs/decisions/0084-links-that-ask-for-what-the-data-has-not.md): each malformed value falls back to its
 * default, and so — once `bounds` are known — does an indicator the catalogue does not list and a
 * period that starts after the dataset's day ("period=2099"); every replaced value is an issue the
 * page says (src/filters/url-notices.tsx).
 */
export function parseFilters(
  params: URLSearchParams,
  bounds: FilterBounds = {},
): { filters: Filters; issues: FilterIssue[] } {
  const raw = rawParams(params)
  const parsed = FiltersSchema.parse(raw)
  const issues: FilterIssue[] = []
  const filters: Filters = { ...DEFAULT_FILTERS }
  for (const name of Object.keys(PARAMS) as FilterParam[]) {
    const value = raw[name]
    if (value === undefined) continue
    if (parsed[name] === undefined) {
      issues.push({ param: name, value })
      continue
    }
    ;(filters as Record<FilterParam, unknown>)[name] = parsed[name]
  }
  // The deck's items are checked one by one: the valid ones stay, the rest are reported.
  const deck = parsed.deck
  filters.deck = deck ? deck.slides : null
  if (deck && deck.invalid.length > 0) issues.push({ param: 'deck', value: deck.invalid.join(',') })
  // Well-formed, but not in the data: an unknown indicator, an "as of" after the data's time.
  if (filters.indicator && bounds.indicators && !bounds.indicators.includes(filters.indicator)) {
    issues.push({ param: 'indicator', value: filters.indicator, reason: 'unknown' })
    filters.indicator = null
  }
  if (filters.period && bounds.today && startsAfter(filters.period, bounds.today)) {
    issues.push({ param: 'period', value: filters.period, reason: 'after-data' })
    filters.period = null
  }
  // A custom range needs both ends, in order.
  if (filters.from && filters.to && compareKeys(filters.from, filters.to) > 0) {
    issues.push({ param: 'from', value: `${filters.from} > ${filters.to}` })
    filters.from = null
    filters.to = null
  } else if ((filters.from === null) !== (filters.to === null)) {
    issues.push({ param: filters.from ? 'to' : 'from', value: '' })
    filters.from = null
    filters.to = null
  }
  return { filters, issues }
}

/** Whether a period begins after the day `today` (`YYYY-MM-DD`): 2099, or December of this year. */
function startsAfter(key: string, today: string): boolean {
  const period = parsePeriod(key)
  const day = /^(\d{4})-(\d{2})/.exec(today)
  if (!period || !day) return false
  return periodStartMonth(period) > Number(day[1]) * 12 + Number(day[2]) - 1
}

/**
 * The next search string after a change: parameters this module owns are rewritten from the parsed
 * (valid) filters, so a malformed value disappears once the user picks something; other parameters
 * are kept as they are.
 */
export function nextSearch(
  current: URLSearchParams,
  patch: Partial<Filters>,
  bounds: FilterBounds = {},
): URLSearchParams {
  const { filters } = parseFilters(current, bounds)
  const next = { ...filters, ...patch }
  // An agency belongs to one city: choosing another region drops it.
  if (patch.region !== undefined && patch.region !== filters.region && !('agency' in patch)) {
    next.agency = null
  }
  const params = new URLSearchParams(current)
  params.set('region', next.region)
  setOrDelete(params, 'period', next.period)
  setOrDelete(params, 'lang', next.lang !== DEFAULT_FILTERS.lang ? next.lang : null)
  setOrDelete(params, 'view', next.view !== DEFAULT_FILTERS.view ? next.view : null)
  setOrDelete(params, 'regions', next.regions.length > 0 ? next.regions.join(',') : null)
  setOrDelete(params, 'indicator', next.indicator)
  setOrDelete(params, 'at', next.at)
  setOrDelete(params, 'from', next.from && next.to ? next.from : null)
  setOrDelete(params, 'to', next.from && next.to ? next.to : null)
  setOrDelete(params, 'range', next.range)
  setOrDelete(params, 'granularity', next.granularity)
  setOrDelete(params, 'agency', next.agency)
  setOrDelete(params, 'status', next.status)
  setOrDelete(params, 'year', next.year === null ? null : String(next.year))
  // An empty deck (every slide removed) stays in the link as `deck=`.
  if (next.deck === null) params.delete('deck')
  else params.set('deck', next.deck.join(','))
  setOrDelete(params, 'slide', next.slide > 1 ? String(next.slide) : null)
  setOrDelete(params, 'meeting', next.meeting)
  setOrDelete(params, 'date', next.date)
  return params
}

function setOrDelete(params: URLSearchParams, name: string, value: string | null) {
  if (value === null || value === '') params.delete(name)
  else params.set(name, value)
}
