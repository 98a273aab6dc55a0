/**
 * Opening the database (PGlite or PostgreSQL), migrating it and loading the first dataset (what
 * `npm run db:migrate` does), and starting and draining the HTTP server: what the commands and
 * the tests share.
 *
 * The server does not change the schema: it reads `schema_migrations` and answers 503
 * (`migrations-pending`) until `npm run db:migrate` has run, so it can run as a role that may only
 * read and write rows, or against a read replica (docs/decisions/0069). KINERJA_MIGRATE=auto makes
 * it migrate first (the quick start, the tests).
 */
import { existsSync } from 'node:fs'
import { Server as NetServer, type AddressInfo } from 'node:net'
import { buildDemoDataset } from '../data/export'
import { getGeography } from '../data/reference/geography'
import { nationalSeriesOf } from '../data/synthetic/national'
import type { Config, Dataset } from './config'
import { startControlSocket, stopControlSocket } from './control'
import { isUnavailable, type Database } from './db/database'
import { migrate } from './db/migrate'
import { openPg } from './db/pg'
import { openPglite } from './db/pglite'
import { createKinerjaServer, type KinerjaServer } from './http'
import { wibTimestamp } from '@/domain/dates'
import { messageOf, type Log } from './logger'
import { Readiness } from './readiness'
import { isSeeded, seed, type SeedDataset } from './seed'
import { loadStaticSite } from './static'

export type { Log }

export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'timeoutMs' | 'poolSize'>,
  log: Log,
  options: { timeoutMs?: number } = {},
): Promise<Database> {
  if (config.databaseUrl) {
    return openPg({
      connectionString: config.databaseUrl,
      timeoutMs: options.timeoutMs ?? config.timeoutMs,
      poolSize: config.poolSize,
      log: (message) => log.warn(message),
    })
  }
  return openPglite(config.dataDir)
}

/** The dataset a first migration loads. */
function seedDataset(dataset: Dataset): SeedDataset {
  const demo = buildDemoDataset()
  if (dataset === 'demo') return { ...demo, name: 'demo dataset' }
  if (dataset === 'none') {
    // The map of Indonesia and the catalogue, nothing synthetic: a city loads its own figures.
    return {
      name: 'reference data',
      dataAsOf: wibTimestamp(new Date()),
      indicators: demo.indicators,
      series: [],
      sakipYears: [],
      agencies: [],
      agencyDetails: {},
      programs: [],
      directives: [],
      pjEvaluations: [],
    }
  }
  // National: the demo's agencies, programs and catalogue; synthetic figures for every region.
  const geography = getGeography()
  return {
    ...demo,
    name: 'national dataset',
    series: (function* () {
      for (const region of geography.regions) yield* nationalSeriesOf(region)
    })(),
  }
}

/** Migrates the database and, when it is empty, loads the geography and `dataset` (import #1). */
export async function prepareDatabase(db: Database, dataset: Dataset, log: Log): Promise<void> {
  await db.exclusive(async (session) => {
    const applied = await migrate(session)
    if (applied.length > 0)
      log.info({ applied }, `database: applied migrations ${applied.join(', ')}`)
    if (await isSeeded(session)) return
    const started = performance.now()
    const report = await seed(session, getGeography(), seedDataset(dataset))
    // Statistics for the planner now, not whenever autovacuum gets to it.
    await session.exec('ANALYZE')
    log.info(
      { dataset, ...report, seconds: (performance.now() - started) / 1000 },
      `database: loaded the ${dataset === 'none' ? 'reference data (regions and catalogue)' : `${dataset} dataset`} in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
        `(${report.regions} regions, ${report.series} series, ${report.observations} figures, ${report.targets} targets)`,
    )
  })
}

/**
 * Runs `fn` until it succeeds, waiting 0.5 s, 1 s, 2 s … (at most 30 s) between attempts while the
 * database is unreachable, logging each failure; other errors end it at once.
 */
export async function withRetry<T>(
  what: string,
  fn: () => Promise<T>,
  log: Log,
  { attempts = 12, isRetryable }: { attempts?: number; isRetryable: (error: unknown) => boolean },
): Promise<T> {
  let delay = 500
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn()
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error
      log.warn(
        { attempt, retryInMs: delay, err: messageOf(error) },
        `${what}: the database is unreachable; trying again in ${(delay / 1000).toFixed(1)} s`,
      )
      await new Promise((resolve) => setTimeout(resolve, delay))
      delay = Math.min(delay * 2, 30_000)
    }
  }
}

export type RunningServer = {
  server: KinerjaServer
  db: Database
  readiness: Readiness
  url: string
  /** Drains (readiness 503, no new connections, requests in flight finish) and closes. */
  close(): Promise<void>
}

/** Opens, (with KINERJA_MIGRATE=auto prepares,) serves; resolves once the database answered. */
export async function startServer(config: Config, log: Log): Promise<RunningServer> {
  const db = await openDatabase(config, log)
  if (config.migrate === 'auto') {
    try {
      await withRetry('migrate', () => prepareDatabase(db, config.dataset, log), log, {
        isRetryable: isUnavailable,
      })
    } catch (error) {
      await db.close()
      throw error
    }
  }
  let site = null
  if (config.staticDir && existsSync(config.staticDir)) {
    site = loadStaticSite(config.staticDir, { region: config.region })
  } else if (config.staticDir) {
    log.warn(`no app at ${config.staticDir}: serving the API only (npm run build)`)
  }
  const readiness = new Readiness(db, log, config.timeoutMs)
  const server = createKinerjaServer({
    db,
    site,
    timeoutMs: config.timeoutMs,
    log,
    readiness,
    metricsToken: config.metricsToken,
    cacheBytes: config.cacheBytes,
    maxActive: config.maxActive,
    maxQueue: config.maxQueue,
    clientMaxActive: config.clientMaxActive,
    clientMaxQueue: config.clientMaxQueue,
    trustProxy: config.trustProxy,
    versionTtlMs: config.versionTtlMs,
  })
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(config.port, config.host, () => resolve())
    })
  } catch (error) {
    await db.close()
    throw error
  }
  // PGlite: the backup command asks this process for the dump (it alone may open the folder).
  const control = db.kind === 'pglite' ? await startControlSocket(config.dataDir, db, log) : null
  const { port } = server.address() as AddressInfo
  const host =
    config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost'
  await readiness.watch()

  let closing: Promise<void> | null = null
  const drain = async () => {
    readiness.draining = true
    const started = performance.now()
    log.info(
      { delayMs: config.drainDelayMs, timeoutMs: config.drainTimeoutMs },
      'draining: /readyz answers 503',
    )
    if (config.drainDelayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, config.drainDelayMs))
    }
    // Connections waiting in the listen queue are taken in (a poll phase of the event loop runs
    // before a check phase) before the port closes, which would reset them.
    await new Promise((resolve) => setImmediate(resolve))
    // No new connections (net.Server's close: http.Server's would also reset connections whose
    // request is not read yet); idle ones close now and as they become idle, each after its
    // answer, which said `Connection: close`.
    const closed = new Promise<void>((resolve) =>
      NetServer.prototype.close.call(server, () => resolve()),
    )
    const sweep = setInterval(() => server.connections.sweep(), 100)
    let timer: NodeJS.Timeout | undefined
    const timedOut = await Promise.race([
      closed.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), config.drainTimeoutMs)
      }),
    ])
    clearInterval(sweep)
    clearTimeout(timer)
    if (timedOut) {
      log.warn(
        { timeoutMs: config.drainTimeoutMs },
        'draining: requests still in flight after the grace period; closing their connections',
      )
      server.connections.destroyAll()
      await closed
    }
    readiness.stop()
    if (control) await stopControlSocket(control, config.dataDir)
    await db.close()
    log.info({ ms: Math.round(performance.now() - started) }, 'stopped')
  }
  return {
    server,
    db,
    readiness,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close() {
      closing ??= drain()
      return closing
    },
  }
}
