/**
 * PGlite: PostgreSQL compiled to WebAssembly, running inside this process and storing its files
 * under `dataDir`. Only one process may open a data folder, so whoever opens it (the server or
 * `npm run data:import`) writes its pid to `kinerja.pid` beside the database files and removes it
 * on close; a second process finds a live pid there and stops with a clear message.
 *
 * Queries run one at a time (PGlite has a single backend) and in this thread, so a statement
 * timeout cannot interrupt them: PGlite is the one-instance, zero-install default; a deployment
 * that needs timeouts, replicas or several instances uses PostgreSQL (DATABASE_URL).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import { classify, type Database, type Queryable, type Row } from './database'

export const LOCK_FILE = 'kinerja.pid'

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `${dataDir} is in use by process ${pid} (a running Kinerja server?). PGlite lets one ` +
        'process open a data folder: stop that process first, or point both at a PostgreSQL ' +
        'server with DATABASE_URL.',
    )
    this.name = 'DataDirInUseError'
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The pid holding `dataDir`, or null when the folder is free (or its lock is stale). */
export function dataDirHolder(dataDir: string): number | null {
  let text: string
  try {
    text = readFileSync(join(dataDir, LOCK_FILE), 'utf8')
  } catch {
    return null
  }
  const pid = Number(text.trim())
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null
}

function takeDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true })
  const holder = dataDirHolder(dataDir)
  if (holder !== null) throw new DataDirInUseError(dataDir, holder)
  writeFileSync(join(dataDir, LOCK_FILE), `${process.pid}\n`)
}

function bind(db: PGlite | Transaction): Queryable {
  return {
    async query<T extends Row>(sql: string, params: ReadonlyArray<unknown> = []) {
      try {
        return (await db.query<T>(sql, params as unknown[])).rows
      } catch (error) {
        return classify(error)
      }
    },
    async exec(sql: string) {
      try {
        await db.exec(sql)
      } catch (error) {
        classify(error)
      }
    },
  }
}

export async function openPglite(dataDir: string): Promise<Database> {
  takeDataDir(dataDir)
  let db: PGlite
  try {
    db = await PGlite.create(join(dataDir, 'pgdata'))
  } catch (error) {
    rmSync(join(dataDir, LOCK_FILE), { force: true })
    throw error
  }
  const self = bind(db)
  const transaction = <T>(fn: (tx: Queryable) => Promise<T>) =>
    db.transaction((tx) => fn(bind(tx))).catch(classify)
  return {
    kind: 'pglite',
    ...self,
    stats: () => ({ max: 1, total: 1, idle: 1, waiting: 0 }),
    transaction,
    // One process holds the folder (the pid file), so the process is the lock.
    exclusive: (fn) => fn({ ...self, transaction }),
    async close() {
      try {
        await db.close()
      } finally {
        rmSync(join(dataDir, LOCK_FILE), { force: true })
      }
    },
  }
}
