/**
 * Loading official figures: a CSV in the format of shared/data/indicators.csv into the database
 * (`npm run data:import -- FILE.csv`). Each row is read by `readOfficialRow` (data/reference/official.ts),
 * the reader the demo dataset uses, so a figure reads the same wherever it is loaded.
 *
 * All or nothing: every row is checked (unknown region or indicator, malformed period, a value not
 * of the indicator's type, two rows or a row and the database disagreeing on a published figure),
 * every problem is reported with its line in the file (the header is line 1), and the file is
 * imported only when there is none, in one transaction under the database's exclusive lock.
 * The same file twice (same SHA-256) changes nothing. An official figure replaces a synthetic
 * value at the same region, indicator and period, and may complete an official one (a SAKIP score
 * beside its predicate); it never replaces another official value. Each import is recorded, and
 * the latest one's time is the data's "data per" (`dataAsOf`).
 */
import { createHash } from 'node:crypto'
import Papa from 'papaparse'
import { DataAsOfSchema, isRegionCode } from '@/api/common'
import type { Observation } from '@/api/series'
import { INDICATOR_COLUMNS, type IndicatorRow } from '../data/reference/csv'
import { mergeSakip, readOfficialRow } from '../data/reference/official'
import type { Database, Queryable } from './db/database'
import {
  Columns,
  SERIES_COLUMNS,
  insertObservations,
  insertSeriesPairs,
  observationColumns,
  pushObservation,
} from './seed'

export type ImportProblem = { line: number; message: string }

export type ImportResult =
  | {
      kind: 'imported'
      id: number
      rows: number
      /** Figures where the database had none. */
      added: number
      /** Synthetic values replaced by the official figure. */
      replaced: number
      /** Official figures completed (a SAKIP score beside its predicate, or the reverse). */
      completed: number
      /** Figures the database already had, the same. */
      unchanged: number
      dataAsOf: string
    }
  | { kind: 'nothing-new'; rows: number }
  | { kind: 'already-imported'; id: number; importedAt: string }
  | { kind: 'rejected'; problems: ImportProblem[] }

const COLUMNS = INDICATOR_COLUMNS

export type CsvRow = { line: number; row: IndicatorRow }

/** Reads the CSV into rows with their line numbers, or the problems that stop it being read. */
export function readFigureCsv(text: string): { rows: CsvRow[]; problems: ImportProblem[] } {
  const rows: CsvRow[] = []
  const problems: ImportProblem[] = []
  let header: string[] | null = null
  /** A header without the format's columns: the rows cannot be read. */
  let unreadable = false
  let start = 0
  let line = 1
  let counted = 0
  const lineAt = (offset: number) => {
    // Lines are counted once, forward: each row starts where the previous one ended.
    for (; counted < offset; counted += 1) if (text.charCodeAt(counted) === 10) line += 1
    return line
  }
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      const at = lineAt(start)
      start = result.meta.cursor
      const cells = result.data.map((cell) => cell.trim())
      if (cells.length === 1 && cells[0] === '') return // an empty line
      for (const error of result.errors) problems.push({ line: at, message: error.message })
      if (header === null) {
        header = cells
        const missing = COLUMNS.filter((column) => !cells.includes(column))
        if (missing.length > 0) {
          problems.push({ line: at, message: `the header lacks ${missing.join(', ')}` })
          unreadable = true
        }
        return
      }
      if (unreadable) return
      if (cells.length !== header.length) {
        problems.push({
          line: at,
          message: `${cells.length} fields where the header has ${header.length}`,
        })
        return
      }
      const record = Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']))
      const row = Object.fromEntries(COLUMNS.map((c) => [c, record[c] ?? ''])) as IndicatorRow
      rows.push({ line: at, row })
    },
  })
  if (header === null) problems.push({ line: 1, message: 'the file is empty' })
  else if (rows.length === 0 && problems.length === 0) {
    problems.push({ line: 2, message: 'the file has a header but no rows' })
  }
  return { rows, problems }
}

/** `2026-11-29T10:15:00+07:00`: a time in Western Indonesian Time (WIB), as the data speaks. */
export function wibTimestamp(date: Date): string {
  const wib = new Date(date.getTime() + 7 * 3_600_000)
  return `${wib.toISOString().slice(0, 19)}+07:00`
}

type Reading = {
  line: number
  regionCode: string
  indicatorId: string
  observation: Observation
  /** A SAKIP row gives the score (value) or the predicate (grade); other rows one of them. */
  field: 'value' | 'grade'
}

type ExistingRow = Omit<Observation, 'releaseDate'> & {
  region_code: string
  indicator_id: string
  release_date: string | null
  import_id: number
}

function describe(reading: Pick<Reading, 'regionCode' | 'indicatorId' | 'observation'>): string {
  return `${reading.regionCode} ${reading.indicatorId} ${reading.observation.period}`
}

function shownValue(value: number | string | null): string {
  return value === null ? 'nothing' : JSON.stringify(value)
}

async function regionLookup(db: Queryable) {
  const rows = await db.query<{
    code: string
    bps_code: string | null
    kemendagri_code: string | null
  }>('SELECT code, bps_code, kemendagri_code FROM regions')
  const byBps = new Map<string, string>()
  const byKemendagri = new Map<string, string>()
  for (const row of rows) {
    if (row.bps_code) byBps.set(row.bps_code, row.code)
    if (row.kemendagri_code) byKemendagri.set(row.kemendagri_code, row.code)
  }
  // The same rule as everywhere (docs/decisions/0019-region-keys.md): dotted codes are Kemendagri's.
  return (code: string) => (code.includes('.') ? byKemendagri.get(code) : byBps.get(code)) ?? null
}

/** Checks every row; the readings of the good ones and the problems of the others. */
function readRows(
  rows: ReadonlyArray<CsvRow>,
  resolve: (code: string) => string | null,
  catalogue: ReadonlySet<string>,
): { readings: Reading[]; problems: ImportProblem[] } {
  const readings: Reading[] = []
  const problems: ImportProblem[] = []
  /** key + field → the first reading of it. */
  const seen = new Map<string, Reading>()
  for (const { line, row } of rows) {
    const code = row.region_code
    if (!isRegionCode(code)) {
      problems.push({ line, message: `malformed region code ${JSON.stringify(code)}` })
      continue
    }
    const regionCode = resolve(code)
    if (regionCode === null) {
      problems.push({
        line,
        message: `unknown region ${code} (no region of Indonesia has this code)`,
      })
      continue
    }
    const read = readOfficialRow(row)
    if (!read.ok) {
      problems.push({ line, message: read.problem })
      continue
    }
    if (!catalogue.has(read.indicator)) {
      problems.push({ line, message: `indicator ${read.indicator} is not in the catalogue` })
      continue
    }
    const reading: Reading = {
      line,
      regionCode,
      indicatorId: read.indicator,
      observation: read.observation,
      field: read.observation.value !== null ? 'value' : 'grade',
    }
    const key = `${describe(reading)}|${reading.field}`
    const first = seen.get(key)
    if (first) {
      const a = first.observation[reading.field]
      const b = reading.observation[reading.field]
      if (a !== b) {
        problems.push({
          line,
          message: `${describe(reading)}: ${shownValue(b)} differs from line ${first.line} (${shownValue(a)})`,
        })
      }
      continue // the same figure twice is the figure once
    }
    seen.set(key, reading)
    readings.push(reading)
  }
  return { readings, problems }
}

type Planned = {
  regionCode: string
  indicatorId: string
  observation: Observation
  change: 'added' | 'replaced' | 'completed' | 'unchanged'
}

/** What each region × indicator × period of the file does to the database, or why it cannot. */
async function plan(
  db: Queryable,
  readings: ReadonlyArray<Reading>,
): Promise<{ planned: Planned[]; problems: ImportProblem[] }> {
  // One observation per key: a SAKIP score and predicate become one (mergeSakip).
  const groups = new Map<string, Reading[]>()
  for (const reading of readings) {
    const key = describe(reading)
    groups.set(key, [...(groups.get(key) ?? []), reading])
  }
  const keys = [...groups.values()].map((group) => group[0]!)
  const existing = await db.query<ExistingRow>(
    `SELECT o.region_code, o.indicator_id, o.period, o.value, o.grade, o.provenance, o.source,
            o.citation, o.method, o.release_date::text AS release_date, o.provisional, o.import_id
     FROM observations o
     JOIN unnest($1::text[], $2::text[], $3::text[]) AS k(region_code, indicator_id, period)
       ON o.region_code = k.region_code AND o.indicator_id = k.indicator_id AND o.period = k.period`,
    [
      keys.map((r) => r.regionCode),
      keys.map((r) => r.indicatorId),
      keys.map((r) => r.observation.period),
    ],
  )
  const stored = new Map(
    existing.map((row) => [`${row.region_code} ${row.indicator_id} ${row.period}`, row]),
  )
  const planned: Planned[] = []
  const problems: ImportProblem[] = []
  for (const [key, group] of groups) {
    const value = group.find((r) => r.field === 'value')
    const grade = group.find((r) => r.field === 'grade')
    const fromFile = mergeSakip(value?.observation, grade?.observation)!
    const { regionCode, indicatorId } = group[0]!
    const old = stored.get(key)
    if (!old || old.provenance === 'synthetic') {
      planned.push({
        regionCode,
        indicatorId,
        observation: fromFile,
        change: old ? 'replaced' : 'added',
      })
      continue
    }
    // An official figure is there: the file may repeat it or complete it, never contradict it.
    let conflict = false
    for (const reading of group) {
      const before = old[reading.field]
      const after = reading.observation[reading.field]
      if (before !== null && before !== after) {
        conflict = true
        problems.push({
          line: reading.line,
          message:
            `${key}: the database already has the published ${shownValue(before)} ` +
            `(import #${old.import_id}); ${shownValue(after)} would replace it`,
        })
      }
    }
    if (conflict) continue
    const completes =
      (old.value === null && fromFile.value !== null) ||
      (old.grade === null && fromFile.grade !== null)
    if (!completes) {
      planned.push({ regionCode, indicatorId, observation: fromFile, change: 'unchanged' })
      continue
    }
    const current: Observation = { ...old, releaseDate: old.release_date }
    const merged =
      old.value === null ? mergeSakip(fromFile, current) : mergeSakip(current, fromFile)
    planned.push({ regionCode, indicatorId, observation: merged!, change: 'completed' })
  }
  return { planned, problems }
}

class Rejected extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('rejected')
  }
}

/**
 * Imports `text` (the contents of `fileName`) into `db`, all or nothing. `dataAsOf` is the new
 * "data per" (default: now, in WIB).
 */
export async function importFigures(
  db: Database,
  fileName: string,
  text: string,
  { dataAsOf = wibTimestamp(new Date()) }: { dataAsOf?: string } = {},
): Promise<ImportResult> {
  if (!DataAsOfSchema.safeParse(dataAsOf).success) {
    throw new Error(`not an ISO 8601 time with an offset: ${dataAsOf}`)
  }
  const sha256 = createHash('sha256').update(text).digest('hex')
  const { rows, problems: csvProblems } = readFigureCsv(text)
  try {
    const result = await db.exclusive((session) =>
      session.transaction(async (tx): Promise<ImportResult> => {
        const [previous] = await tx.query<{ id: number; imported_at: string }>(
          `SELECT id, to_char(imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS imported_at
           FROM imports WHERE sha256 = $1`,
          [sha256],
        )
        if (previous)
          return { kind: 'already-imported', id: previous.id, importedAt: previous.imported_at }
        const catalogue = new Set(
          (await tx.query<{ id: string }>('SELECT id FROM indicators')).map((row) => row.id),
        )
        const { readings, problems } = readRows(rows, await regionLookup(tx), catalogue)
        const { planned, problems: conflicts } = await plan(tx, readings)
        const all = [...csvProblems, ...problems, ...conflicts].sort((a, b) => a.line - b.line)
        if (all.length > 0) throw new Rejected(all)

        const changed = planned.filter((p) => p.change !== 'unchanged')
        const count = (change: Planned['change']) =>
          planned.filter((p) => p.change === change).length
        if (changed.length === 0) return { kind: 'nothing-new', rows: rows.length }

        const [next] = await tx.query<{ id: number }>(
          'SELECT COALESCE(max(id), 0) + 1 AS id FROM imports',
        )
        const id = next?.id ?? 1
        await tx.query(
          'INSERT INTO imports (id, file_name, sha256, row_count, data_as_of) VALUES ($1, $2, $3, $4, $5)',
          [id, fileName, sha256, rows.length, dataAsOf],
        )
        const pairs = new Columns(SERIES_COLUMNS.length)
        const observations = observationColumns()
        for (const p of changed) {
          pairs.push(p.regionCode, p.indicatorId)
          pushObservation(observations, p.regionCode, p.indicatorId, p.observation, id)
        }
        await insertSeriesPairs(tx, pairs)
        // Replace what is there (a synthetic value, or an official one being completed).
        await tx.query(
          `DELETE FROM observations o USING unnest($1::text[], $2::text[], $3::text[]) AS k(r, i, p)
           WHERE o.region_code = k.r AND o.indicator_id = k.i AND o.period = k.p`,
          [
            changed.map((p) => p.regionCode),
            changed.map((p) => p.indicatorId),
            changed.map((p) => p.observation.period),
          ],
        )
        await insertObservations(tx, observations)
        return {
          kind: 'imported',
          id,
          rows: rows.length,
          added: count('added'),
          replaced: count('replaced'),
          completed: count('completed'),
          unchanged: count('unchanged'),
          dataAsOf,
        }
      }),
    )
    // Fresh statistics for the rows that came in.
    if (result.kind === 'imported') await db.exec('ANALYZE observations, series')
    return result
  } catch (error) {
    if (error instanceof Rejected) return { kind: 'rejected', problems: error.problems }
    throw error
  }
}
