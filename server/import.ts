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
import { DataAsOfSchema, isRegionCode } from '@/api/common'
import type { Observation } from '@/api/series'
import { wibTimestamp } from '@/domain/dates'
import { INDICATOR_COLUMNS, type IndicatorRow } from '../data/reference/csv'
import { mergeSakip, readOfficialRow } from '../data/reference/official'
import type { Database, Queryable } from './db/database'
import {
  Columns,
  SERIES_COLUMNS,
  insertObservations,
  insertSeriesPairs,
  observationColumns,
  periodBounds,
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
  /** `problems`: the first {@link MAX_PROBLEMS_SHOWN} by line; `total`: how many there are. */
  | { kind: 'rejected'; problems: ImportProblem[]; total: number }

const COLUMNS = INDICATOR_COLUMNS

export type CsvRow = { line: number; row: IndicatorRow }

/** Problems kept to be shown (the others are counted): "the first 100 of 700,000". */
const MAX_PROBLEMS_SHOWN = 100

/**
 * A list of problems that keeps the {@link MAX_PROBLEMS_SHOWN} earliest lines and counts the rest,
 * so a file of a million bad rows costs neither memory nor a million lines of output.
 */
class ProblemList {
  readonly kept: ImportProblem[] = []
  total = 0
  private sorted = true

  push(problem: ImportProblem): void {
    this.total += 1
    if (this.kept.length < MAX_PROBLEMS_SHOWN) {
      if (this.kept.length > 0 && this.kept.at(-1)!.line > problem.line) this.sorted = false
      this.kept.push(problem)
      return
    }
    // Full: keep the earliest lines (files are read in order, so this is rare).
    if (!this.sorted) this.sort()
    const last = this.kept.at(-1)!
    if (problem.line < last.line) {
      this.kept.pop()
      this.kept.push(problem)
      this.sorted = false
    }
  }

  private sort(): void {
    this.kept.sort((a, b) => a.line - b.line)
    this.sorted = true
  }

  merge(other: ProblemList): void {
    const total = this.total + other.total
    for (const problem of other.kept) this.push(problem)
    this.total = total
  }

  shown(): ImportProblem[] {
    this.sort()
    return [...this.kept]
  }
}

/**
 * Reads the CSV as it arrives (chunks of text, any size), record by record with their line numbers
 * (the header is line 1; a quoted field may span lines), into rows of the format's columns.
 * Problems that stop a row being read are collected (capped: {@link ProblemList}).
 */
class FigureCsvReader {
  readonly rows: CsvRow[] = []
  readonly problems = new ProblemList()
  private header: string[] | null = null
  private unreadable = false
  /** The record being read (text since its start) and the line it started on. */
  private pending = ''
  private pendingLine = 1
  private line = 1
  private inQuotes = false
  private first = true

  push(chunk: string): void {
    let text = chunk
    if (this.first) {
      text = text.replace(/^\uFEFF/, '')
      this.first = false
    }
    let start = 0
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i)
      if (c === 34 /* " */) this.inQuotes = !this.inQuotes
      else if (c === 10 /* \n */) {
        if (this.inQuotes) {
          this.line += 1
          continue
        }
        this.pending += text.slice(start, i)
        this.record(this.pending.endsWith('\r') ? this.pending.slice(0, -1) : this.pending)
        this.pending = ''
        start = i + 1
        this.line += 1
        this.pendingLine = this.line
      }
    }
    this.pending += text.slice(start)
  }

  end(): { rows: CsvRow[]; problems: ImportProblem[]; problemCount: number } {
    if (this.inQuotes) {
      this.problems.push({ line: this.pendingLine, message: 'a quoted field is not closed' })
    } else if (this.pending !== '') this.record(this.pending.replace(/\r$/, ''))
    if (this.header === null) this.problems.push({ line: 1, message: 'the file is empty' })
    else if (this.rows.length === 0 && this.problems.total === 0) {
      this.problems.push({ line: 2, message: 'the file has a header but no rows' })
    }
    return { rows: this.rows, problems: this.problems.shown(), problemCount: this.problems.total }
  }

  /**
   * One record's fields: commas outside quotes split, `""` inside quotes is a quote. Fields are
   * slices of the record (never built a character at a time: such strings cost tens of bytes a
   * character until flattened, which for 700,000 rows is most of the memory).
   */
  private fields(record: string): string[] | null {
    const cells: string[] = []
    let at = 0
    for (;;) {
      // Leading spaces before an opening quote are allowed (and trimmed later).
      let start = at
      while (record[start] === ' ') start += 1
      if (record[start] === '"') {
        const parts: string[] = []
        let from = start + 1
        for (;;) {
          const quote = record.indexOf('"', from)
          if (quote < 0) return null
          parts.push(record.slice(from, quote))
          if (record[quote + 1] === '"') {
            parts.push('"')
            from = quote + 2
            continue
          }
          at = quote + 1
          break
        }
        cells.push(parts.join(''))
        if (at >= record.length) return cells
        if (record[at] !== ',') return null
        at += 1
        continue
      }
      const comma = record.indexOf(',', at)
      if (comma < 0) {
        cells.push(record.slice(at))
        return cells
      }
      cells.push(record.slice(at, comma))
      at = comma + 1
    }
  }

  private record(record: string): void {
    const line = this.pendingLine
    if (record.trim() === '' && !record.includes(',')) return // an empty line
    const parsed = this.fields(record)
    if (parsed === null) {
      this.problems.push({ line, message: 'a quoted field is followed by more than a comma' })
      return
    }
    const cells = parsed.map((cell) => cell.trim())
    if (this.header === null) {
      this.header = cells
      const missing = COLUMNS.filter((column) => !cells.includes(column))
      if (missing.length > 0) {
        this.problems.push({ line, message: `the header lacks ${missing.join(', ')}` })
        this.unreadable = true
      }
      return
    }
    if (this.unreadable) return
    if (cells.length !== this.header.length) {
      this.problems.push({
        line,
        message: `${cells.length} fields where the header has ${this.header.length}`,
      })
      return
    }
    const header = this.header
    const row = {} as Record<string, string>
    for (const column of COLUMNS) row[column] = cells[header.indexOf(column)] ?? ''
    this.rows.push({ line, row: row as IndicatorRow })
  }
}

/** Reads the CSV into rows with their line numbers, or the problems that stop it being read. */
export function readFigureCsv(text: string): {
  rows: CsvRow[]
  problems: ImportProblem[]
  problemCount: number
} {
  const reader = new FigureCsvReader()
  reader.push(text)
  return reader.end()
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
): { readings: Reading[]; problems: ProblemList } {
  const readings: Reading[] = []
  const problems = new ProblemList()
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
): Promise<{ planned: Planned[]; problems: ProblemList }> {
  // One observation per key: a SAKIP score and predicate become one (mergeSakip).
  const groups = new Map<string, Reading[]>()
  for (const reading of readings) {
    const key = describe(reading)
    const group = groups.get(key)
    if (group) group.push(reading)
    else groups.set(key, [reading])
  }
  const allKeys = [...groups.values()].map((group) => group[0]!)
  const existing: ExistingRow[] = []
  // The figures already stored at the file's keys, a batch of keys a statement.
  for (let at = 0; at < allKeys.length; at += BATCH) {
    const keys = allKeys.slice(at, at + BATCH)
    const found = await db.query<ExistingRow>(
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
    for (const row of found) existing.push(row)
  }
  const stored = new Map(
    existing.map((row) => [`${row.region_code} ${row.indicator_id} ${row.period}`, row]),
  )
  const planned: Planned[] = []
  const problems = new ProblemList()
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
  constructor(readonly problems: ProblemList) {
    super('rejected')
  }
}

/** Rows a statement carries at most while importing. */
const BATCH = 5_000

/**
 * The earliest moment a reading can be known: its release day (00:00 WIB) when the publisher's
 * calendar gives one, else the day after its period ends.
 */
function knowableAt(observation: Observation): number {
  if (observation.releaseDate) return Date.parse(`${observation.releaseDate}T00:00:00+07:00`)
  const { end } = periodBounds(observation.period)
  const year = Math.floor((end + 1) / 12)
  const month = (end + 1) % 12
  return Date.parse(`${year}-${String(month + 1).padStart(2, '0')}-01T00:00:00+07:00`)
}

/**
 * A "data per" earlier than the data it describes would have the whole app say "Data per 1 Januari
 * 2019" above 2025 figures: refused, naming the latest figure's line.
 */
function checkDataAsOf(readings: ReadonlyArray<Reading>, dataAsOf: string, problems: ProblemList) {
  const asOf = Date.parse(dataAsOf)
  let latest: Reading | null = null
  let latestAt = -Infinity
  for (const reading of readings) {
    const at = knowableAt(reading.observation)
    if (at > latestAt) {
      latestAt = at
      latest = reading
    }
  }
  if (latest && latestAt > asOf) {
    const what = latest.observation.releaseDate
      ? `released on ${latest.observation.releaseDate}`
      : `whose period ends after it`
    problems.push({
      line: latest.line,
      message: `--data-as-of ${dataAsOf} is earlier than ${describe(latest)} (${what}): the data per must not be older than the data`,
    })
  }
}

/** A file's text, whole or as it is read (a stream of chunks). */
export type CsvSource = string | AsyncIterable<string | Buffer>

async function* chunks(source: CsvSource): AsyncIterable<string | Buffer> {
  if (typeof source === 'string') yield source
  else yield* source
}

/**
 * Imports `source` (the contents of `fileName`, whole or streamed) into `db`, all or nothing.
 * `dataAsOf` is the new "data per" (default: now, in WIB); it may not be earlier than the data.
 */
export async function importFigures(
  db: Database,
  fileName: string,
  source: CsvSource,
  { dataAsOf = wibTimestamp(new Date()) }: { dataAsOf?: string } = {},
): Promise<ImportResult> {
  if (!DataAsOfSchema.safeParse(dataAsOf).success) {
    throw new Error(`not an ISO 8601 time with an offset: ${dataAsOf}`)
  }
  const hash = createHash('sha256')
  const reader = new FigureCsvReader()
  const decoder = new TextDecoder('utf-8')
  for await (const chunk of chunks(source)) {
    hash.update(chunk)
    reader.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }))
  }
  reader.push(decoder.decode())
  const sha256 = hash.digest('hex')
  const { rows } = reader.end()
  const rowCount = rows.length
  const csvProblems = reader.problems
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
        // The file's rows are readings now: their text may go.
        rows.length = 0
        checkDataAsOf(readings, dataAsOf, problems)
        const { planned, problems: conflicts } = await plan(tx, readings)
        const all = new ProblemList()
        all.merge(csvProblems)
        all.merge(problems)
        all.merge(conflicts)
        if (all.total > 0) throw new Rejected(all)

        const changed = planned.filter((p) => p.change !== 'unchanged')
        const count = (change: Planned['change']) =>
          planned.filter((p) => p.change === change).length
        if (changed.length === 0) return { kind: 'nothing-new', rows: rowCount }

        const [next] = await tx.query<{ id: number }>(
          'SELECT COALESCE(max(id), 0) + 1 AS id FROM imports',
        )
        const id = next?.id ?? 1
        await tx.query(
          'INSERT INTO imports (id, file_name, sha256, row_count, data_as_of) VALUES ($1, $2, $3, $4, $5)',
          [id, fileName, sha256, rowCount, dataAsOf],
        )
        // A batch at a time: the series pairs, then the figures replaced (a synthetic value, or an
        // official one being completed) and written.
        for (let at = 0; at < changed.length; at += BATCH) {
          const batch = changed.slice(at, at + BATCH)
          const pairs = new Columns(SERIES_COLUMNS.length)
          const observations = observationColumns()
          for (const p of batch) {
            pairs.push(p.regionCode, p.indicatorId)
            pushObservation(observations, p.regionCode, p.indicatorId, p.observation, id)
          }
          await insertSeriesPairs(tx, pairs)
          await tx.query(
            `DELETE FROM observations o USING unnest($1::text[], $2::text[], $3::text[]) AS k(r, i, p)
             WHERE o.region_code = k.r AND o.indicator_id = k.i AND o.period = k.p`,
            [
              batch.map((p) => p.regionCode),
              batch.map((p) => p.indicatorId),
              batch.map((p) => p.observation.period),
            ],
          )
          await insertObservations(tx, observations)
        }
        return {
          kind: 'imported',
          id,
          rows: rowCount,
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
    if (error instanceof Rejected) {
      return { kind: 'rejected', problems: error.problems.shown(), total: error.problems.total }
    }
    throw error
  }
}
