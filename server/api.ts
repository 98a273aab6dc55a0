/**
 * The HTTP contract (src/api/*.ts) on the database: routing, parameters (src/api/params.ts, the
 * same parsers the MSW demo uses) and each endpoint's answer. Nothing here knows about sockets,
 * caching or compression (server/http.ts does).
 *
 * A request goes through three steps, so the cheap ones can answer first:
 * 1. {@link routeApi}: the path and its parameters, no database: unknown path → 404, a malformed
 *    parameter → 400.
 * 2. The data version (server/http.ts): with it, a matching `If-None-Match` answers 304.
 * 3. The endpoint's queries.
 */
import type { AgenciesResponse, AgencyDetailResponse } from '@/api/agencies'
import type { ApiErrorBody } from '@/api/common'
import type { DirectivesResponse } from '@/api/directives'
import type { IndicatorsResponse } from '@/api/indicators'
import {
  parseAgencyId,
  parseDirectivesParams,
  parseNoParams,
  parseProgramsParams,
  parseRegionParams,
  parseRegionsParams,
  parseSeriesParams,
  type ParamResult,
} from '@/api/params'
import { periodMonths } from '@/api/period-key'
import type { PjEvaluationsResponse } from '@/api/pj-evaluations'
import type { ProgramsResponse } from '@/api/programs'
import type { RegionSearchResponse, RegionsResponse } from '@/api/regions'
import { dayOf } from '@/domain/dates'
import { programStatus } from '@/domain/program-status'
import { searchRegionEntries, type SearchEntry } from '@/domain/region-search'
import type { Queryable } from './db/database'
import {
  canonicalCode,
  childRegions,
  findAgency,
  listAgencies,
  listDirectives,
  listIndicators,
  listPrograms,
  pjEvaluation,
  querySeriesJson,
  regionsByCanonical,
  resolveCodes,
  setting,
  type DataVersion,
} from './queries'

/** A body already encoded as JSON text, sent as it is. */
export class RawJson {
  constructor(readonly text: string) {}
}

type ApiAnswer = { status: 200 | 400 | 404; body: unknown }

type EndpointContext = {
  db: Queryable
  version: DataVersion
  /** The catalogue's indicator ids in order, for this data version. */
  indicatorIds: () => Promise<ReadonlyArray<string>>
  /** Every region's search fields, for this data version. */
  regionIndex: () => Promise<ReadonlyArray<SearchEntry<string>>>
}

type Endpoint = (context: EndpointContext) => Promise<ApiAnswer>

export type Route =
  { ok: true; endpoint: Endpoint } | { ok: false; status: 400 | 404; body: ApiErrorBody }

function ok(body: unknown): ApiAnswer {
  return { status: 200, body }
}

function notFound(message: string): { ok: false; status: 404; body: ApiErrorBody } {
  return { ok: false, status: 404, body: { error: { code: 'not_found', message } } }
}

/** A parser's refusal as a route, or the endpoint built from its query. */
function withParams<T>(parsed: ParamResult<T>, endpoint: (query: T) => Endpoint): Route {
  return parsed.ok ? { ok: true, endpoint: endpoint(parsed.query) } : parsed
}

// ---------------------------------------------------------------------------------------------
// Endpoints
// ---------------------------------------------------------------------------------------------

function regions(params: URLSearchParams): Route {
  return withParams(parseRegionsParams(params), (query) => async (context) => {
    const { db } = context
    switch (query.kind) {
      case 'codes': {
        const found = await resolveCodes(db, query.codes)
        const answer: RegionsResponse = { regions: [], unknown: [] }
        const seen = new Set<string>()
        for (const code of query.codes) {
          const region = found.get(code)
          const key = region?.code ?? `?${code}`
          if (seen.has(key)) continue
          seen.add(key)
          if (region) answer.regions.push(region)
          else answer.unknown.push(code)
        }
        return ok(answer)
      }
      case 'parent':
        return ok({
          regions: await childRegions(db, query.parent),
          unknown: [],
        } satisfies RegionsResponse)
      case 'search': {
        // The shared ranking (src/domain/region-search.ts) over every region's search fields,
        // kept per data version; then the full records of the best few.
        const { items, total } = searchRegionEntries(
          await context.regionIndex(),
          query.q,
          query.limit,
        )
        return ok({
          query: query.q,
          regions: await regionsByCanonical(db, items),
          total,
        } satisfies RegionSearchResponse)
      }
    }
  })
}

function indicators(params: URLSearchParams): Route {
  const refused = parseNoParams(params)
  if (!refused.ok) return refused
  return {
    ok: true,
    endpoint: async ({ db, version }) =>
      ok({
        indicators: await listIndicators(db),
        dataAsOf: version.dataAsOf,
      } satisfies IndicatorsResponse),
  }
}

function series(params: URLSearchParams): Route {
  // Indicators are checked against the catalogue once it is known (in the endpoint).
  return withParams(
    parseSeriesParams(params, () => true),
    () => async (context) => {
      const catalogue = await context.indicatorIds()
      const known = new Set(catalogue)
      const parsed = parseSeriesParams(params, (id) => known.has(id))
      if (!parsed.ok) return { status: parsed.status, body: parsed.body }
      const query = parsed.query
      const wanted = query.indicators ? new Set(query.indicators) : null
      const from = query.from === undefined ? null : (periodMonths(query.from)?.start ?? null)
      const to = query.to === undefined ? null : (periodMonths(query.to)?.end ?? null)
      const series = await querySeriesJson(
        context.db,
        { codes: query.regions ?? [], parent: query.parent ?? null },
        catalogue.filter((id) => !wanted || wanted.has(id)),
        from,
        to,
      )
      // The series arrive as JSON text from the database (server/queries.ts): sent as they are.
      const dataAsOf = JSON.stringify(context.version.dataAsOf)
      return { status: 200, body: new RawJson(`{"series":${series},"dataAsOf":${dataAsOf}}`) }
    },
  )
}

function agencies(params: URLSearchParams): Route {
  return withParams(parseRegionParams(params), (query) => async ({ db, version }) => {
    const regionCode = await canonicalCode(db, query.region)
    return ok({
      regionCode,
      years: (await setting<number[]>(db, 'sakip_years')) ?? [],
      agencies: await listAgencies(db, regionCode),
      dataAsOf: version.dataAsOf,
    } satisfies AgenciesResponse)
  })
}

function agency(encodedId: string): Route {
  return withParams(parseAgencyId(encodedId), ({ id }) => async ({ db, version }) => {
    const found = await findAgency(db, id)
    if (!found) return { status: 404, body: notFound(`no agency ${id}`).body }
    return ok({ ...found, dataAsOf: version.dataAsOf } satisfies AgencyDetailResponse)
  })
}

function programs(params: URLSearchParams): Route {
  return withParams(parseProgramsParams(params), (query) => async ({ db, version }) => {
    const regionCode = await canonicalCode(db, query.region)
    // "Today" is the day of the data (docs/decisions/0011-program-status-and-today.md).
    const today = dayOf(version.dataAsOf)
    const list = (await listPrograms(db, regionCode, query.agency))
      .map((program) => ({ ...program, status: programStatus(program, today) }))
      .filter((program) => query.status === null || program.status === query.status)
    return ok({ regionCode, programs: list, dataAsOf: version.dataAsOf } satisfies ProgramsResponse)
  })
}

function directives(params: URLSearchParams): Route {
  return withParams(parseDirectivesParams(params), (query) => async ({ db, version }) => {
    const regionCode = await canonicalCode(db, query.region)
    return ok({
      regionCode,
      directives: await listDirectives(db, regionCode, query.agency),
      dataAsOf: version.dataAsOf,
    } satisfies DirectivesResponse)
  })
}

function pjEvaluations(params: URLSearchParams): Route {
  return withParams(parseRegionParams(params), (query) => async ({ db, version }) => {
    const regionCode = await canonicalCode(db, query.region)
    return ok({
      ...(await pjEvaluation(db, regionCode)),
      dataAsOf: version.dataAsOf,
    } satisfies PjEvaluationsResponse)
  })
}

/**
 * The endpoint for a path under /api (`/series`, `/agencies/3271-dinkes` …) with its parameters
 * validated, or the 400/404 answer. Touches no database.
 */
export function routeApi(path: string, params: URLSearchParams): Route {
  switch (path) {
    case '/regions':
      return regions(params)
    case '/indicators':
      return indicators(params)
    case '/series':
      return series(params)
    case '/agencies':
      return agencies(params)
    case '/programs':
      return programs(params)
    case '/directives':
      return directives(params)
    case '/pj-evaluations':
      return pjEvaluations(params)
  }
  const agencyPath = /^\/agencies\/([^/]+)$/.exec(path)
  if (agencyPath?.[1]) {
    const refused = parseNoParams(params)
    return refused.ok ? agency(agencyPath[1]) : refused
  }
  return notFound(`no endpoint ${path.length > 60 ? `${path.slice(0, 60)}…` : path}`)
}
