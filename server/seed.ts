/**
 * First start: the map of Indonesia and a dataset into an empty database, in one transaction,
 * recorded as import #1. Rows go in with multi-row `INSERT … SELECT FROM unnest($1::text[], …)`,
 * thousands a statement, so the demo loads in seconds and the national dataset (≈300,000 figures)
 * in well under a minute.
 */
import { createHash } from 'node:crypto'
import type { Agency, Iku } from '@/api/agencies'
import type { Directive } from '@/api/directives'
import type { Indicator } from '@/api/indicators'
import type { PjEvaluationsResponse } from '@/api/pj-evaluations'
import type { Program } from '@/api/programs'
import type { Observation, Series, Target } from '@/api/series'
import { parsePeriod, periodEndMonth, periodStartMonth } from '@/domain/periods'
import type { Geography } from '../data/reference/geography'
import type { Queryable, Session } from './db/database'

/** What a first start loads: the demo dataset's shape (data/export.ts), series streamed. */
export type SeedDataset = {
  /** Recorded as the first import's file name ("demo dataset", "national dataset"). */
  name: string
  dataAsOf: string
  indicators: ReadonlyArray<Indicator>
  /** Every region × indicator pair with data; may be generated lazily (the national dataset). */
  series: Iterable<Series>
  sakipYears: ReadonlyArray<number>
  agencies: ReadonlyArray<Agency>
  agencyDetails: Readonly<Record<string, { iku: Iku[]; indicatorIds: string[] }>>
  programs: ReadonlyArray<Program>
  directives: ReadonlyArray<Directive>
  pjEvaluations: ReadonlyArray<Omit<PjEvaluationsResponse, 'dataAsOf'>>
}

export type SeedReport = { regions: number; series: number; observations: number; targets: number }

/** Rows a statement carries at most (each a parameter array element; far below any limit). */
const BATCH = 5_000

/** Column arrays for one `unnest` insert: one array per column, in order. */
export class Columns {
  readonly arrays: unknown[][]
  constructor(count: number) {
    this.arrays = Array.from({ length: count }, () => [])
  }
  push(...values: unknown[]): void {
    values.forEach((value, i) => this.arrays[i]?.push(value))
  }
  get size(): number {
    return this.arrays[0]?.length ?? 0
  }
  clear(): void {
    for (const array of this.arrays) array.length = 0
  }
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value)
}

/** `INSERT INTO table (columns) SELECT * FROM unnest($1::type[], …)` for one batch. */
async function insert(
  db: Queryable,
  table: string,
  columns: ReadonlyArray<readonly [string, string]>,
  rows: Columns,
  suffix = '',
): Promise<void> {
  if (rows.size === 0) return
  const names = columns.map(([name]) => name).join(', ')
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')
  await db.query(
    `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays}) ${suffix}`,
    rows.arrays,
  )
  rows.clear()
}

const REGION_COLUMNS = [
  ['code', 'text'],
  ['bps_code', 'text'],
  ['kemendagri_code', 'text'],
  ['name', 'text'],
  ['level', 'text'],
  ['parent_code', 'text'],
  ['ancestors', 'jsonb'],
  ['child_count', 'int'],
  ['name_search', 'text'],
  ['name_base', 'text'],
  ['name_rank', 'int'],
] as const

const OBSERVATION_COLUMNS = [
  ['region_code', 'text'],
  ['indicator_id', 'text'],
  ['period', 'text'],
  ['period_start', 'int'],
  ['period_end', 'int'],
  ['value', 'float8'],
  ['grade', 'text'],
  ['provenance', 'text'],
  ['source', 'jsonb'],
  ['citation', 'jsonb'],
  ['method', 'jsonb'],
  ['release_date', 'date'],
  ['provisional', 'bool'],
  ['import_id', 'int'],
  ['body', 'json'],
] as const

export const SERIES_COLUMNS = [
  ['region_code', 'text'],
  ['indicator_id', 'text'],
] as const

const TARGET_COLUMNS = [
  ['region_code', 'text'],
  ['indicator_id', 'text'],
  ['position', 'int'],
  ['year', 'int'],
  ['value', 'float8'],
  ['min', 'float8'],
  ['max', 'float8'],
  ['grade', 'text'],
  ['basis', 'text'],
  ['provenance', 'text'],
  ['source', 'jsonb'],
  ['import_id', 'int'],
  ['body', 'json'],
] as const

/** The period's first and last month, for the range filters (throws on a malformed key). */
export function periodBounds(key: string): { start: number; end: number } {
  const period = parsePeriod(key)
  if (!period) throw new Error(`not a period key: ${key}`)
  return { start: periodStartMonth(period), end: periodEndMonth(period) }
}

/** Adds one observation to the column arrays (see {@link OBSERVATION_COLUMNS}). */
export function pushObservation(
  rows: Columns,
  regionCode: string,
  indicatorId: string,
  o: Observation,
  importId: number,
): void {
  const { start, end } = periodBounds(o.period)
  rows.push(
    regionCode,
    indicatorId,
    o.period,
    start,
    end,
    o.value,
    o.grade,
    o.provenance,
    json(o.source),
    json(o.citation),
    json(o.method),
    o.releaseDate,
    o.provisional,
    importId,
    // The answer as the contract gives it (migration 002): JSON.stringify of what was read.
    JSON.stringify(o),
  )
}

export function observationColumns(): Columns {
  return new Columns(OBSERVATION_COLUMNS.length)
}

export async function insertSeriesPairs(db: Queryable, rows: Columns): Promise<void> {
  await insert(db, 'series', SERIES_COLUMNS, rows, 'ON CONFLICT DO NOTHING')
}

export async function insertObservations(db: Queryable, rows: Columns): Promise<void> {
  await insert(db, 'observations', OBSERVATION_COLUMNS, rows)
}

async function seedRegions(tx: Queryable, geography: Geography): Promise<number> {
  const rows = new Columns(REGION_COLUMNS.length)
  for (const entry of geography.search) {
    const r = entry.item
    rows.push(
      r.code,
      r.bpsCode,
      r.kemendagriCode,
      r.name,
      r.level,
      r.parentCode,
      JSON.stringify(r.ancestors),
      r.childCount,
      entry.name,
      entry.base,
      entry.rank,
    )
  }
  await insert(tx, 'regions', REGION_COLUMNS, rows)
  return geography.regions.length
}

async function seedSeries(
  tx: Queryable,
  series: Iterable<Series>,
  importId: number,
  hash: ReturnType<typeof createHash>,
): Promise<Omit<SeedReport, 'regions'>> {
  const pairs = new Columns(2)
  const observations = observationColumns()
  const targets = new Columns(TARGET_COLUMNS.length)
  const report = { series: 0, observations: 0, targets: 0 }
  // Pairs go first: observations and targets reference them.
  const flush = async () => {
    await insert(tx, 'series', SERIES_COLUMNS, pairs)
    await insertObservations(tx, observations)
    await insert(tx, 'targets', TARGET_COLUMNS, targets)
  }
  for (const s of series) {
    hash.update(JSON.stringify(s))
    pairs.push(s.regionCode, s.indicatorId)
    for (const o of s.observations) {
      pushObservation(observations, s.regionCode, s.indicatorId, o, importId)
    }
    s.targets.forEach((t: Target, position) =>
      targets.push(
        s.regionCode,
        s.indicatorId,
        position,
        t.year,
        t.value,
        t.min,
        t.max,
        t.grade,
        t.basis,
        t.provenance,
        JSON.stringify(t.source),
        importId,
        JSON.stringify(t),
      ),
    )
    report.series += 1
    report.observations += s.observations.length
    report.targets += s.targets.length
    if (observations.size >= BATCH || targets.size >= BATCH || pairs.size >= BATCH) await flush()
  }
  await flush()
  return report
}

async function seedAgencies(tx: Queryable, dataset: SeedDataset): Promise<void> {
  const agencies = new Columns(7)
  const sakip = new Columns(7)
  const details = new Columns(3)
  dataset.agencies.forEach((a, position) => {
    agencies.push(
      a.id,
      a.regionCode,
      position,
      a.name,
      a.abbreviation,
      a.category,
      JSON.stringify(a.source),
    )
    for (const e of a.sakip) {
      sakip.push(a.id, e.year, e.score, e.predicate, e.framework, json(e.components), e.provenance)
    }
    const detail = dataset.agencyDetails[a.id] ?? { iku: [], indicatorIds: [] }
    details.push(a.id, JSON.stringify(detail.iku), JSON.stringify(detail.indicatorIds))
  })
  await insert(
    tx,
    'agencies',
    [
      ['id', 'text'],
      ['region_code', 'text'],
      ['position', 'int'],
      ['name', 'text'],
      ['abbreviation', 'text'],
      ['category', 'text'],
      ['source', 'jsonb'],
    ],
    agencies,
  )
  await insert(
    tx,
    'agency_sakip',
    [
      ['agency_id', 'text'],
      ['year', 'int'],
      ['score', 'float8'],
      ['predicate', 'text'],
      ['framework', 'text'],
      ['components', 'jsonb'],
      ['provenance', 'text'],
    ],
    sakip,
  )
  await insert(
    tx,
    'agency_details',
    [
      ['agency_id', 'text'],
      ['iku', 'jsonb'],
      ['indicator_ids', 'jsonb'],
    ],
    details,
  )
}

async function seedPrograms(tx: Queryable, dataset: SeedDataset): Promise<void> {
  const programs = new Columns(9)
  dataset.programs.forEach((p, position) => {
    // The body is the rest of the program; the status is computed per response.
    const body: Partial<Program> = { ...p }
    for (const key of [
      'id',
      'regionCode',
      'kind',
      'startDate',
      'dueDate',
      'progress',
      'status',
    ] as const) {
      delete body[key]
    }
    programs.push(
      p.id,
      p.regionCode,
      p.agency.id,
      position,
      p.kind,
      p.startDate,
      p.dueDate,
      p.progress,
      JSON.stringify(body),
    )
  })
  await insert(
    tx,
    'programs',
    [
      ['id', 'text'],
      ['region_code', 'text'],
      ['agency_id', 'text'],
      ['position', 'int'],
      ['kind', 'text'],
      ['start_date', 'date'],
      ['due_date', 'date'],
      ['progress', 'int'],
      ['body', 'jsonb'],
    ],
    programs,
  )
  const directives = new Columns(5)
  dataset.directives.forEach((d, position) => {
    const { id, regionCode, ...body } = d
    directives.push(id, regionCode, d.agency.id, position, JSON.stringify(body))
  })
  await insert(
    tx,
    'directives',
    [
      ['id', 'text'],
      ['region_code', 'text'],
      ['agency_id', 'text'],
      ['position', 'int'],
      ['body', 'jsonb'],
    ],
    directives,
  )
}

async function seedSettings(tx: Queryable, dataset: SeedDataset): Promise<void> {
  const [first] = dataset.pjEvaluations
  const scheme = first
    ? { indicators: first.indicators, evaluator: first.evaluator, provenance: first.provenance }
    : { indicators: [], evaluator: { id: '', en: '' }, provenance: 'synthetic' }
  for (const evaluation of dataset.pjEvaluations) {
    if (JSON.stringify(evaluation.indicators) !== JSON.stringify(scheme.indicators)) {
      throw new Error(`the Pj evaluation of ${evaluation.regionCode} has other indicators`)
    }
  }
  const pj = new Columns(3)
  for (const e of dataset.pjEvaluations)
    pj.push(e.regionCode, JSON.stringify(e.quarters), e.provenance)
  await insert(
    tx,
    'pj_evaluations',
    [
      ['region_code', 'text'],
      ['quarters', 'jsonb'],
      ['provenance', 'text'],
    ],
    pj,
  )
  await tx.query(
    `INSERT INTO settings (key, value) VALUES ('sakip_years', $1::jsonb), ('pj_scheme', $2::jsonb)`,
    [JSON.stringify(dataset.sakipYears), JSON.stringify(scheme)],
  )
}

/** Whether the database already holds data (any import). */
export async function isSeeded(db: Queryable): Promise<boolean> {
  const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM imports')
  return (rows[0]?.n ?? 0) > 0
}

/**
 * Loads the geography and `dataset` into an empty database as import #1. Call under
 * {@link Database.exclusive}, after the migrations.
 */
export async function seed(
  session: Session,
  geography: Geography,
  dataset: SeedDataset,
): Promise<SeedReport> {
  return session.transaction(async (tx) => {
    const hash = createHash('sha256')
    hash.update(JSON.stringify({ ...dataset, series: undefined }))
    // The import row first (observations reference it); its hash and row count are final below.
    await tx.query(
      `INSERT INTO imports (id, file_name, sha256, row_count, data_as_of) VALUES (1, $1, 'pending', 0, $2)`,
      [dataset.name, dataset.dataAsOf],
    )
    const regions = await seedRegions(tx, geography)
    const indicators = new Columns(3)
    dataset.indicators.forEach((indicator, position) =>
      indicators.push(indicator.id, position, JSON.stringify(indicator)),
    )
    await insert(
      tx,
      'indicators',
      [
        ['id', 'text'],
        ['position', 'int'],
        ['body', 'jsonb'],
      ],
      indicators,
    )
    const report = await seedSeries(tx, dataset.series, 1, hash)
    await seedAgencies(tx, dataset)
    await seedPrograms(tx, dataset)
    await seedSettings(tx, dataset)
    await tx.query('UPDATE imports SET sha256 = $1, row_count = $2 WHERE id = 1', [
      hash.digest('hex'),
      report.observations,
    ])
    return { regions, ...report }
  })
}
