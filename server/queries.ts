/**
 * The SQL behind each endpoint, with parameters only, and the mapping from rows to the contract's
 * shapes (src/api/*). Orders follow the contract and the MSW demo exactly: regions as asked or by
 * name (`name_rank`), series by region then catalogue order, observations by period end, targets,
 * agencies, programs and directives in the dataset's order.
 */
import type { Agency, Iku, SakipEvaluation } from '@/api/agencies'
import type { LocalizedText } from '@/api/common'
import type { Directive } from '@/api/directives'
import type { Indicator } from '@/api/indicators'
import type { PjEvaluationsResponse } from '@/api/pj-evaluations'
import type { Program } from '@/api/programs'
import type { Region } from '@/api/regions'
import type { SearchEntry } from '@/domain/region-search'
import type { Queryable } from './db/database'

export type DataVersion = { id: number; dataAsOf: string }

/** The latest import: its id is the data version, its time every response's dataAsOf. */
export async function dataVersion(db: Queryable): Promise<DataVersion | null> {
  const [row] = await db.query<{ id: number; data_as_of: string }>(
    'SELECT id, data_as_of FROM imports ORDER BY id DESC LIMIT 1',
  )
  return row ? { id: row.id, dataAsOf: row.data_as_of } : null
}

// ---------------------------------------------------------------------------------------------
// Regions
// ---------------------------------------------------------------------------------------------

const REGION_FIELDS = `code, bps_code, kemendagri_code, name, level, parent_code, ancestors, child_count`

type RegionRow = {
  code: string
  bps_code: string | null
  kemendagri_code: string | null
  name: string
  level: Region['level']
  parent_code: string | null
  ancestors: Region['ancestors']
  child_count: number
}

function toRegion(row: RegionRow): Region {
  return {
    code: row.code,
    bpsCode: row.bps_code,
    kemendagriCode: row.kemendagri_code,
    name: row.name,
    level: row.level,
    parentCode: row.parent_code,
    ancestors: row.ancestors,
    childCount: row.child_count,
  }
}

/**
 * The region each code names: undotted codes are BPS codes, dotted ones Kemendagri's
 * (docs/decisions/0019-region-keys.md). Codes no region has are absent from the map.
 */
export async function resolveCodes(
  db: Queryable,
  codes: ReadonlyArray<string>,
): Promise<Map<string, Region>> {
  const bps = codes.filter((code) => !code.includes('.'))
  const kemendagri = codes.filter((code) => code.includes('.'))
  const found = new Map<string, Region>()
  if (codes.length === 0) return found
  const rows = await db.query<RegionRow>(
    `SELECT ${REGION_FIELDS} FROM regions
     WHERE bps_code = ANY($1::text[]) OR kemendagri_code = ANY($2::text[])`,
    [bps, kemendagri],
  )
  for (const row of rows) {
    const region = toRegion(row)
    if (row.bps_code !== null && bps.includes(row.bps_code)) found.set(row.bps_code, region)
    if (row.kemendagri_code !== null && kemendagri.includes(row.kemendagri_code)) {
      found.set(row.kemendagri_code, region)
    }
  }
  return found
}

/** The canonical code of the region a code names, or the code itself when no region has it. */
export async function canonicalCode(db: Queryable, code: string): Promise<string> {
  return (await resolveCodes(db, [code])).get(code)?.code ?? code
}

/** The direct children of the region `code` names (either kind), by name. */
export async function childRegions(db: Queryable, code: string): Promise<Region[]> {
  const dotted = code.includes('.')
  const rows = await db.query<RegionRow>(
    `SELECT ${REGION_FIELDS.split(', ')
      .map((f) => `c.${f}`)
      .join(', ')}
     FROM regions p JOIN regions c ON c.parent_code = p.code
     WHERE ${dotted ? 'p.kemendagri_code' : 'p.bps_code'} = $1
     ORDER BY c.name_rank`,
    [code],
  )
  return rows.map(toRegion)
}

/** Full records of regions by canonical code, in the order given. */
export async function regionsByCanonical(
  db: Queryable,
  codes: ReadonlyArray<string>,
): Promise<Region[]> {
  if (codes.length === 0) return []
  const rows = await db.query<RegionRow>(
    `SELECT ${REGION_FIELDS} FROM regions WHERE code = ANY($1::text[])`,
    [codes],
  )
  const byCode = new Map(rows.map((row) => [row.code, toRegion(row)]))
  return codes.flatMap((code) => byCode.get(code) ?? [])
}

/**
 * Every region's search fields (src/domain/region-search.ts), in region order: what GET
 * /regions?q= ranks. The server keeps them per data version (server/http.ts).
 */
export async function regionSearchIndex(db: Queryable): Promise<Array<SearchEntry<string>>> {
  const rows = await db.query<{
    code: string
    level: Region['level']
    name_search: string
    name_base: string
    name_rank: number
  }>('SELECT code, level, name_search, name_base, name_rank FROM regions ORDER BY name_rank')
  return rows.map((row) => ({
    item: row.code,
    level: row.level,
    name: row.name_search,
    base: row.name_base,
    rank: row.name_rank,
  }))
}

// ---------------------------------------------------------------------------------------------
// Indicators and series
// ---------------------------------------------------------------------------------------------

export async function listIndicators(db: Queryable): Promise<Indicator[]> {
  const rows = await db.query<{ body: Indicator }>('SELECT body FROM indicators ORDER BY position')
  return rows.map((row) => row.body)
}

/**
 * The `series` array of GET /series as JSON text, built by PostgreSQL in one statement: the regions
 * `codes` name (BPS or Kemendagri, in the order asked), then the children of `parent` by name,
 * each once; × `indicatorIds` (catalogue order); one series per pair that holds any figure or
 * target, with the observations whose period ends in [`fromMonth`, `toMonth`] (by period end,
 * then start descending) and the targets whose year overlaps that range.
 *
 * Each observation and target is stored with its JSON (`body`, written by JSON.stringify when the
 * row went in), so PostgreSQL only strings them together: the rows never pass through JavaScript
 * and no object is built per request (a national breakdown is thousands of figures).
 */
export async function querySeriesJson(
  db: Queryable,
  query: { codes: ReadonlyArray<string>; parent: string | null },
  indicatorIds: ReadonlyArray<string>,
  fromMonth: number | null,
  toMonth: number | null,
): Promise<string> {
  const [row] = await db.query<{ series: string }>(
    `WITH asked AS (
       SELECT code, ord FROM unnest($1::text[]) WITH ORDINALITY AS a(code, ord)
     ), parent AS (
       SELECT code FROM regions
       WHERE (strpos($2::text, '.') > 0 AND kemendagri_code = $2::text)
          OR (strpos($2::text, '.') = 0 AND bps_code = $2::text)
     ), wanted AS (
       SELECT r.code, a.ord FROM asked a JOIN regions r ON r.bps_code = a.code
       WHERE strpos(a.code, '.') = 0
       UNION ALL
       SELECT r.code, a.ord FROM asked a JOIN regions r ON r.kemendagri_code = a.code
       WHERE strpos(a.code, '.') > 0
       UNION ALL
       SELECT c.code, 1000000 + c.name_rank FROM parent p JOIN regions c ON c.parent_code = p.code
     ), firsts AS (
       SELECT code, min(ord) AS ord FROM wanted GROUP BY code
     ), indicators AS (
       SELECT id, ord FROM unnest($3::text[]) WITH ORDINALITY AS i(id, ord)
     )
     SELECT coalesce(json_agg(json_build_object(
         'indicatorId', s.indicator_id,
         'regionCode', s.region_code,
         'observations', coalesce((
           SELECT json_agg(o.body
             ORDER BY o.period_end, o.period_start DESC)
           FROM observations o
           WHERE o.region_code = s.region_code AND o.indicator_id = s.indicator_id
             AND ($4::int IS NULL OR o.period_end >= $4::int)
             AND ($5::int IS NULL OR o.period_end <= $5::int)), '[]'::json),
         'targets', coalesce((
           SELECT json_agg(t.body
             ORDER BY t.position)
           FROM targets t
           WHERE t.region_code = s.region_code AND t.indicator_id = s.indicator_id
             AND ($4::int IS NULL OR t.year * 12 + 11 >= $4::int)
             AND ($5::int IS NULL OR t.year * 12 <= $5::int)), '[]'::json)
       ) ORDER BY r.ord, i.ord), '[]'::json)::text AS series
     FROM series s
     JOIN firsts r ON r.code = s.region_code
     JOIN indicators i ON i.id = s.indicator_id`,
    [query.codes, query.parent, indicatorIds, fromMonth, toMonth],
  )
  return row?.series ?? '[]'
}

// ---------------------------------------------------------------------------------------------
// Agencies, programs, directives, Pj evaluations
// ---------------------------------------------------------------------------------------------

export async function setting<T>(db: Queryable, key: string): Promise<T | null> {
  const [row] = await db.query<{ value: T }>('SELECT value FROM settings WHERE key = $1', [key])
  return row ? row.value : null
}

type AgencyRow = {
  id: string
  region_code: string
  name: string
  abbreviation: string | null
  category: Agency['category']
  source: LocalizedText
  sakip: SakipEvaluation[]
}

const AGENCY_SELECT = `SELECT a.id, a.region_code, a.name, a.abbreviation, a.category, a.source,
    COALESCE((SELECT jsonb_agg(jsonb_build_object(
        'year', s.year, 'score', s.score, 'predicate', s.predicate, 'framework', s.framework,
        'components', s.components, 'provenance', s.provenance) ORDER BY s.year)
      FROM agency_sakip s WHERE s.agency_id = a.id), '[]'::jsonb) AS sakip
  FROM agencies a`

function toAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    regionCode: row.region_code,
    name: row.name,
    abbreviation: row.abbreviation,
    category: row.category,
    source: row.source,
    sakip: row.sakip,
  }
}

export async function listAgencies(db: Queryable, regionCode: string): Promise<Agency[]> {
  const rows = await db.query<AgencyRow>(
    `${AGENCY_SELECT} WHERE a.region_code = $1 ORDER BY a.position`,
    [regionCode],
  )
  return rows.map(toAgency)
}

export async function findAgency(
  db: Queryable,
  id: string,
): Promise<{ agency: Agency; iku: Iku[]; indicatorIds: string[] } | null> {
  const [row] = await db.query<AgencyRow & { iku: Iku[] | null; indicator_ids: string[] | null }>(
    `SELECT x.*, d.iku, d.indicator_ids FROM (${AGENCY_SELECT} WHERE a.id = $1) x
     LEFT JOIN agency_details d ON d.agency_id = x.id`,
    [id],
  )
  if (!row) return null
  return { agency: toAgency(row), iku: row.iku ?? [], indicatorIds: row.indicator_ids ?? [] }
}

type ProgramRow = {
  id: string
  region_code: string
  kind: Program['kind']
  start_date: string
  due_date: string
  progress: number
  body: Omit<
    Program,
    'id' | 'regionCode' | 'kind' | 'startDate' | 'dueDate' | 'progress' | 'status'
  >
}

/** A region's programs (optionally of one agency), without their status (computed per response). */
export async function listPrograms(
  db: Queryable,
  regionCode: string,
  agencyId: string | null,
): Promise<Array<Omit<Program, 'status'>>> {
  const rows = await db.query<ProgramRow>(
    `SELECT id, region_code, kind, start_date::text AS start_date, due_date::text AS due_date,
            progress, body
     FROM programs WHERE region_code = $1 AND ($2::text IS NULL OR agency_id = $2::text)
     ORDER BY position`,
    [regionCode, agencyId],
  )
  return rows.map((row) => ({
    ...row.body,
    id: row.id,
    regionCode: row.region_code,
    kind: row.kind,
    startDate: row.start_date,
    dueDate: row.due_date,
    progress: row.progress,
  }))
}

export async function listDirectives(
  db: Queryable,
  regionCode: string,
  agencyId: string | null,
): Promise<Directive[]> {
  const rows = await db.query<{
    id: string
    region_code: string
    body: Omit<Directive, 'id' | 'regionCode'>
  }>(
    `SELECT id, region_code, body FROM directives
     WHERE region_code = $1 AND ($2::text IS NULL OR agency_id = $2::text)
     ORDER BY position`,
    [regionCode, agencyId],
  )
  return rows.map((row) => ({ ...row.body, id: row.id, regionCode: row.region_code }))
}

type PjScheme = Pick<PjEvaluationsResponse, 'indicators' | 'evaluator' | 'provenance'>

/** A region's Pj evaluation; a region without a Pj gets the scheme with no quarters. */
export async function pjEvaluation(
  db: Queryable,
  regionCode: string,
): Promise<Omit<PjEvaluationsResponse, 'dataAsOf'>> {
  const scheme = await setting<PjScheme>(db, 'pj_scheme')
  const [row] = await db.query<{
    quarters: PjEvaluationsResponse['quarters']
    provenance: PjEvaluationsResponse['provenance']
  }>('SELECT quarters, provenance FROM pj_evaluations WHERE region_code = $1', [regionCode])
  return {
    regionCode,
    indicators: scheme?.indicators ?? [],
    quarters: row?.quarters ?? [],
    evaluator: scheme?.evaluator ?? { id: '', en: '' },
    provenance: row?.provenance ?? scheme?.provenance ?? 'synthetic',
  }
}
