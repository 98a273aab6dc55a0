/**
 * Backups: a logical dump of every table, the same format for PGlite and PostgreSQL (and from one
 * to the other), gzip-compressed JSON lines:
 *
 *     #{"kinerja":"backup","format":1,"schema":2,"createdAt":"…","from":"pg"}
 *     #{"table":"imports"}
 *     {"id":1,"file_name":"demo dataset",…}          one line a row (row_to_json)
 *     #{"table":"regions"}
 *     …
 *     #{"end":{"imports":1,"regions":7838,…}}          the row counts: a cut file is refused
 *
 * Consistent while the server serves: on PostgreSQL the dump reads one REPEATABLE READ, READ ONLY
 * snapshot through cursors; on PGlite only the process holding the folder can write, and the
 * server never writes, so the running server makes the dump itself (asked over a Unix socket in
 * the data folder, server/control.ts) between its requests. A copy of the PGlite folder's files
 * while the server runs is NOT a backup: PGlite keeps pages in memory and writes them when it
 * likes, so the copy can hold half-written pages and a WAL that does not match them
 * (docs/operations.md, "Back up and restore").
 *
 * A restore goes into an empty database: the migrations up to the dump's schema version, the rows
 * of every table, the remaining migrations, then ANALYZE — in one transaction.
 */
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import type { Database, Queryable } from './db/database'
import { MIGRATIONS, migrate, schemaStatus } from './db/migrate'

const BACKUP_FORMAT = 1

/**
 * Every table of the schema but schema_migrations (a restore runs the migrations), in an order
 * that satisfies the foreign keys. server/backup.test.ts checks it against the database.
 */
export const BACKUP_TABLES = [
  'imports',
  'regions',
  'indicators',
  'series',
  'observations',
  'targets',
  'agencies',
  'agency_sakip',
  'agency_details',
  'programs',
  'directives',
  'pj_evaluations',
  'settings',
] as const

/** Each table's rows in a stable order (its primary key), so two dumps of one database match. */
const ORDER: Record<(typeof BACKUP_TABLES)[number], string> = {
  imports: 'id',
  regions: 'name_rank',
  indicators: 'id',
  series: 'region_code, indicator_id',
  observations: 'region_code, indicator_id, period',
  targets: 'region_code, indicator_id, position',
  agencies: 'id',
  agency_sakip: 'agency_id, year',
  agency_details: 'agency_id',
  programs: 'id',
  directives: 'id',
  pj_evaluations: 'region_code',
  settings: 'key',
}

const PAGE = 2_000

type Header = {
  kinerja: 'backup'
  format: number
  schema: number
  createdAt: string
  from: Database['kind']
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain')
}

/** Writes a dump of `db` to `out` (uncompressed lines; the caller gzips) and ends it. */
export async function writeBackup(db: Database, out: Writable): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  const dumpTables = async (q: Queryable, hold: boolean) => {
    const status = await schemaStatus(q)
    if (status.missing.length > 0) {
      throw new Error(
        `the database lacks migrations ${status.missing.join(', ')}: nothing to back up`,
      )
    }
    const header: Header = {
      kinerja: 'backup',
      format: BACKUP_FORMAT,
      schema: status.database,
      createdAt: new Date().toISOString(),
      from: db.kind,
    }
    await write(out, `#${JSON.stringify(header)}\n`)
    for (const table of BACKUP_TABLES) {
      await write(out, `#${JSON.stringify({ table })}\n`)
      const cursor = `kinerja_backup_${table}`
      await q.exec(
        `DECLARE ${cursor} NO SCROLL CURSOR ${hold ? 'WITH HOLD ' : ''}FOR ` +
          `SELECT row_to_json(t)::text AS row FROM ${table} t ORDER BY ${ORDER[table]}`,
      )
      let n = 0
      try {
        for (;;) {
          const rows = await q.query<{ row: string }>(`FETCH ${PAGE} FROM ${cursor}`)
          if (rows.length === 0) break
          n += rows.length
          await write(out, `${rows.map((r) => r.row).join('\n')}\n`)
        }
      } finally {
        await q.exec(`CLOSE ${cursor}`)
      }
      counts[table] = n
    }
    await write(out, `#${JSON.stringify({ end: counts })}\n`)
  }
  if (db.kind === 'pg') {
    // One snapshot for every table.
    await db.transaction(async (tx) => {
      await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY')
      await dumpTables(tx, false)
    })
  } else {
    // PGlite: no writer but this process, which does not write while serving. Cursors WITH HOLD
    // let the server answer requests between pages instead of waiting for the whole dump.
    await dumpTables(db, true)
  }
  out.end()
  await once(out, 'finish')
  return counts
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

/** Restores a dump (uncompressed lines) into `db`, which must be empty; returns the row counts. */
export async function restoreBackup(
  db: Database,
  input: Readable,
): Promise<Record<string, number>> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]()
  const first = await lines.next()
  if (first.done || !first.value.startsWith('#')) throw new BackupError('not a Kinerja backup')
  let header: Header
  try {
    header = JSON.parse(first.value.slice(1)) as Header
  } catch {
    throw new BackupError('not a Kinerja backup')
  }
  if (header.kinerja !== 'backup' || header.format !== BACKUP_FORMAT) {
    throw new BackupError(`not a Kinerja backup of format ${BACKUP_FORMAT}`)
  }
  const newest = MIGRATIONS.at(-1)?.version ?? 0
  if (header.schema > newest) {
    throw new BackupError(
      `the backup is at schema version ${header.schema}, newer than this build's ${newest}: restore with a newer build`,
    )
  }
  return db.exclusive((session) =>
    session.transaction(async (tx) => {
      const [present] = await tx.query<{ present: boolean }>(
        "SELECT to_regclass('imports') IS NOT NULL AS present",
      )
      if (present?.present) {
        const [rows] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM imports')
        if ((rows?.n ?? 0) > 0) {
          throw new BackupError(
            'the database is not empty: restore into a new database (or a new PGlite folder)',
          )
        }
        // Migrated but empty (db:migrate with KINERJA_DATASET=none never leaves this: it loads
        // regions): only a database at or below the backup's schema can take it.
      }
      const txSession = { ...tx, transaction: <T>(fn: (q: Queryable) => Promise<T>) => fn(tx) }
      await migrate(
        txSession,
        MIGRATIONS.filter((m) => m.version <= header.schema),
      )
      const counts: Record<string, number> = {}
      let table: string | null = null
      let batch: string[] = []
      let ended: Record<string, number> | null = null
      const flush = async () => {
        if (!table || batch.length === 0) return
        await tx.query(
          `INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`,
          [`[${batch.join(',')}]`],
        )
        counts[table] = (counts[table] ?? 0) + batch.length
        batch = []
      }
      for (;;) {
        const next = await lines.next()
        if (next.done) break
        const line = next.value
        if (line === '') continue
        if (line.startsWith('#')) {
          await flush()
          const meta = JSON.parse(line.slice(1)) as { table?: string; end?: Record<string, number> }
          if (meta.end) {
            ended = meta.end
            break
          }
          if (!meta.table || !(BACKUP_TABLES as ReadonlyArray<string>).includes(meta.table)) {
            throw new BackupError(`unknown table in the backup: ${String(meta.table)}`)
          }
          table = meta.table
          counts[table] = 0
          continue
        }
        batch.push(line)
        if (batch.length >= PAGE) await flush()
      }
      if (!ended) throw new BackupError('the backup is cut short (no end mark): nothing restored')
      for (const name of BACKUP_TABLES) {
        if ((counts[name] ?? 0) !== (ended[name] ?? 0)) {
          throw new BackupError(
            `the backup's ${name} holds ${counts[name] ?? 0} rows where its end mark says ${ended[name] ?? 0}: nothing restored`,
          )
        }
      }
      await migrate(txSession)
      await tx.exec('ANALYZE')
      return counts
    }),
  )
}
