/**
 * The query parameters of every endpoint, validated in one place: the MSW handlers (mocks/) and
 * the server (server/) both call these, so a request is accepted or refused the same way by both.
 * Each parser returns the typed query, or the contract's 400 answer with a message that names the
 * parameter. Nothing here reads data: whether a well-formed region exists is the caller's business
 * (a well-formed code that no region has is a filter that matches nothing).
 */
import { AgencyIdSchema } from './agencies'
import { MAX_LIST_ITEMS, RegionCodeSchema, type ApiErrorBody } from './common'
import { periodMonths } from './period-key'
import { isProgramStatus, type ProgramStatus } from './programs'
import { REGION_SEARCH_LIMIT, REGION_SEARCH_MIN_LENGTH } from './regions'

export type ParamResult<T> = { ok: true; query: T } | { ok: false; status: 400; body: ApiErrorBody }

/** The longest region search text (after trimming). */
const REGION_SEARCH_MAX_LENGTH = 100
/** The most results one region search may ask for. */
const REGION_SEARCH_MAX_LIMIT = MAX_LIST_ITEMS

function badRequest(message: string): { ok: false; status: 400; body: ApiErrorBody } {
  return { ok: false, status: 400, body: { error: { code: 'bad_request', message } } }
}

function ok<T>(query: T): ParamResult<T> {
  return { ok: true, query }
}

function isRegionCode(code: string): boolean {
  return RegionCodeSchema.safeParse(code).success
}

/** Shown in messages: a hostile or huge value is cut, never echoed whole. */
function shown(value: string): string {
  const text = value.length > 40 ? `${value.slice(0, 40)}…` : value
  return JSON.stringify(text)
}

/**
 * A comma list of at most {@link MAX_LIST_ITEMS} non-empty items, null when absent, or the reason
 * it is refused.
 */
function readList(params: URLSearchParams, name: string): string[] | null | { error: string } {
  const raw = params.get(name)
  if (raw === null) return null
  const items = raw.split(',')
  if (items.some((item) => item === '')) {
    return { error: `${name} must be a comma-separated list without empty items` }
  }
  if (items.length > MAX_LIST_ITEMS) {
    return { error: `${name} lists ${items.length} items; at most ${MAX_LIST_ITEMS} are allowed` }
  }
  return items
}

/**
 * A parameter the endpoint does not know, or a known one given twice, is refused: a backend must
 * not cache answers apart under junk keys (a cheap way to knock a cache over), and a typo
 * (`indicator=` for `indicators=`) must not quietly answer something else (issue 22).
 */
function checkParamNames(
  params: URLSearchParams,
  known: ReadonlyArray<string>,
): { ok: false; status: 400; body: ApiErrorBody } | null {
  const seen = new Set<string>()
  for (const name of params.keys()) {
    if (!known.includes(name)) {
      return badRequest(
        known.length === 0
          ? `unknown parameter ${shown(name)}: this endpoint takes none`
          : `unknown parameter ${shown(name)}; this endpoint takes ${known.join(', ')}`,
      )
    }
    if (seen.has(name)) return badRequest(`${name} is given more than once`)
    seen.add(name)
  }
  return null
}

/** For endpoints without parameters (GET /indicators, GET /agencies/:id). */
export function parseNoParams(params: URLSearchParams): ParamResult<Record<string, never>> {
  return checkParamNames(params, []) ?? ok({})
}

function isError(value: unknown): value is { error: string } {
  return typeof value === 'object' && value !== null && 'error' in value
}

// ---------------------------------------------------------------------------------------------
// GET /regions
// ---------------------------------------------------------------------------------------------

export type RegionsQuery =
  | { kind: 'codes'; codes: string[] }
  | { kind: 'parent'; parent: string }
  | { kind: 'search'; q: string; limit: number }

/**
 * GET /regions: exactly one of `codes` (a comma list of region codes, BPS or Kemendagri, at most
 * 50), `parent` (one region code) or `q` (2–100 characters after trimming, with an optional
 * `limit` of 1–50, default 20).
 */
export function parseRegionsParams(params: URLSearchParams): ParamResult<RegionsQuery> {
  const unknown = checkParamNames(params, ['codes', 'parent', 'q', 'limit'])
  if (unknown) return unknown
  const given = (['codes', 'parent', 'q'] as const).filter((name) => params.has(name))
  if (given.length !== 1) {
    return badRequest(
      given.length === 0
        ? 'one of codes, parent or q is required'
        : `only one of codes, parent or q may be given (got ${given.join(', ')})`,
    )
  }
  const limitText = params.get('limit')
  if (limitText !== null && given[0] !== 'q') return badRequest('limit applies only to q')

  if (given[0] === 'codes') {
    const codes = readList(params, 'codes')
    if (codes === null) return badRequest('codes is required')
    if (isError(codes)) return badRequest(codes.error)
    const malformed = codes.find((code) => !isRegionCode(code))
    if (malformed !== undefined) return badRequest(`malformed region code: ${shown(malformed)}`)
    return ok({ kind: 'codes', codes })
  }
  if (given[0] === 'parent') {
    const parent = params.get('parent') ?? ''
    if (!isRegionCode(parent)) return badRequest(`malformed region code: ${shown(parent)}`)
    return ok({ kind: 'parent', parent })
  }
  const q = (params.get('q') ?? '').trim()
  if ([...q].length < REGION_SEARCH_MIN_LENGTH || [...q].length > REGION_SEARCH_MAX_LENGTH) {
    return badRequest(
      `q must be ${REGION_SEARCH_MIN_LENGTH}–${REGION_SEARCH_MAX_LENGTH} characters after trimming`,
    )
  }
  let limit = REGION_SEARCH_LIMIT
  if (limitText !== null) {
    limit = /^\d{1,3}$/.test(limitText) ? Number(limitText) : 0
    if (limit < 1 || limit > REGION_SEARCH_MAX_LIMIT) {
      return badRequest(`limit must be a whole number from 1 to ${REGION_SEARCH_MAX_LIMIT}`)
    }
  }
  return ok({ kind: 'search', q, limit })
}

// ---------------------------------------------------------------------------------------------
// GET /series
// ---------------------------------------------------------------------------------------------

export type SeriesQuery = {
  /** Explicit region codes (as asked: BPS or Kemendagri) … */
  regions?: ReadonlyArray<string>
  /** … and/or the direct children of this region. */
  parent?: string
  /** Indicator ids; all when absent. */
  indicators?: ReadonlyArray<string>
  /** Period keys bounding the observations (inclusive, any granularity). */
  from?: string
  to?: string
}

/**
 * GET /series:
 * - `regions` (comma list of region codes, at most 50) and/or `parent` (one code) is required;
 * - `indicators` is an optional comma list (at most 50) of ids `isIndicator` knows;
 * - `from` / `to` are optional period keys, and `from` may not start after `to` ends.
 */
export function parseSeriesParams(
  params: URLSearchParams,
  isIndicator: (id: string) => boolean,
): ParamResult<SeriesQuery> {
  const unknownParam = checkParamNames(params, ['regions', 'parent', 'indicators', 'from', 'to'])
  if (unknownParam) return unknownParam
  const regions = readList(params, 'regions')
  if (isError(regions)) return badRequest(regions.error)
  const parent = params.get('parent')
  if (regions === null && parent === null) return badRequest('regions or parent is required')

  const codes = [...(regions ?? []), ...(parent === null ? [] : [parent])]
  const malformed = codes.find((code) => !isRegionCode(code))
  if (malformed !== undefined) return badRequest(`malformed region code: ${shown(malformed)}`)

  const indicators = readList(params, 'indicators')
  if (isError(indicators)) return badRequest(indicators.error)
  const unknown = (indicators ?? []).find((id) => !isIndicator(id))
  if (unknown !== undefined) return badRequest(`unknown indicator: ${shown(unknown)}`)

  const query: SeriesQuery = {}
  for (const name of ['from', 'to'] as const) {
    const key = params.get(name)
    if (key === null) continue
    if (!periodMonths(key)) return badRequest(`${name} is not a period key: ${shown(key)}`)
    query[name] = key
  }
  const from = query.from === undefined ? null : periodMonths(query.from)
  const to = query.to === undefined ? null : periodMonths(query.to)
  if (from && to && from.start > to.end) {
    return badRequest(`from (${query.from}) is after to (${query.to})`)
  }
  if (regions) query.regions = regions
  if (parent !== null) query.parent = parent
  if (indicators) query.indicators = indicators
  return ok(query)
}

// ---------------------------------------------------------------------------------------------
// GET /agencies, /agencies/:id, /programs, /directives, /pj-evaluations
// ---------------------------------------------------------------------------------------------

function readRegion(params: URLSearchParams): string | { error: string } {
  const region = params.get('region')
  if (region === null) return { error: 'region is required' }
  if (!isRegionCode(region)) return { error: `malformed region code: ${shown(region)}` }
  return region
}

function readAgency(params: URLSearchParams): string | null | { error: string } {
  const agency = params.get('agency')
  if (agency === null) return null
  if (!AgencyIdSchema.safeParse(agency).success) {
    return { error: `malformed agency id: ${shown(agency)}` }
  }
  return agency
}

export type RegionScopedQuery = { region: string }

/** GET /agencies?region= and GET /pj-evaluations?region=: `region` is required. */
export function parseRegionParams(params: URLSearchParams): ParamResult<RegionScopedQuery> {
  const unknown = checkParamNames(params, ['region'])
  if (unknown) return unknown
  const region = readRegion(params)
  return isError(region) ? badRequest(region.error) : ok({ region })
}

export type DirectivesQuery = { region: string; agency: string | null }

/** GET /directives?region=&agency= */
export function parseDirectivesParams(params: URLSearchParams): ParamResult<DirectivesQuery> {
  const unknown = checkParamNames(params, ['region', 'agency'])
  if (unknown) return unknown
  return readDirectives(params)
}

function readDirectives(params: URLSearchParams): ParamResult<DirectivesQuery> {
  const region = readRegion(params)
  if (isError(region)) return badRequest(region.error)
  const agency = readAgency(params)
  if (isError(agency)) return badRequest(agency.error)
  return ok({ region, agency })
}

export type ProgramsQuery = DirectivesQuery & { status: ProgramStatus | null }

/** GET /programs?region=&agency=&status= */
export function parseProgramsParams(params: URLSearchParams): ParamResult<ProgramsQuery> {
  const unknown = checkParamNames(params, ['region', 'agency', 'status'])
  if (unknown) return unknown
  const base = readDirectives(params)
  if (!base.ok) return base
  const status = params.get('status')
  if (status !== null && !isProgramStatus(status)) {
    return badRequest(`unknown program status: ${shown(status)}`)
  }
  return ok({ ...base.query, status })
}

/** GET /agencies/:id — the id as it appears in the path (still percent-encoded). */
export function parseAgencyId(encoded: string): ParamResult<{ id: string }> {
  let id: string
  try {
    id = decodeURIComponent(encoded)
  } catch {
    return badRequest('malformed agency id: bad percent-encoding')
  }
  if (!AgencyIdSchema.safeParse(id).success) return badRequest(`malformed agency id: ${shown(id)}`)
  return ok({ id })
}
