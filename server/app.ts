/**
 * Opening the database (PGlite or PostgreSQL), migrating it, loading the first dataset, and
 * starting the HTTP server: what `npm run serve`, the import command and the tests share.
 */
import { existsSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { buildDemoDataset } from '../data/export'
import { getGeography } from '../data/reference/geography'
import { nationalSeriesOf } from '../data/synthetic/national'
import type { Config, Dataset } from './config'
import type { Database } from './db/database'
import { migrate } from './db/migrate'
import { openPg } from './db/pg'
import { openPglite } from './db/pglite'
import { createKinerjaServer } from './http'
import { isSeeded, seed, type SeedDataset } from './seed'
import { loadStaticSite } from './static'

export type Log = (message: string) => void

export async function openDatabase(config: Config, log: Log): Promise<Database> {
  if (config.databaseUrl) {
    return openPg({
      connectionString: config.databaseUrl,
      timeoutMs: config.timeoutMs,
      poolSize: config.poolSize,
      log,
    })
  }
  return openPglite(config.dataDir)
}

/** The dataset a first start loads. */
function seedDataset(dataset: Dataset): SeedDataset {
  const demo = buildDemoDataset()
  if (dataset === 'demo') return { ...demo, name: 'demo dataset' }
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
    if (applied.length > 0) log(`database: applied migrations ${applied.join(', ')}`)
    if (await isSeeded(session)) return
    const started = performance.now()
    const report = await seed(session, getGeography(), seedDataset(dataset))
    // Statistics for the planner now, not whenever autovacuum gets to it.
    await session.exec('ANALYZE')
    log(
      `database: loaded the ${dataset} dataset in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
        `(${report.regions} regions, ${report.series} series, ${report.observations} figures, ${report.targets} targets)`,
    )
  })
}

export type RunningServer = {
  server: Server
  db: Database
  url: string
  close(): Promise<void>
}

/** Opens, prepares and serves; resolves once listening. */
export async function startServer(config: Config, log: Log = console.log): Promise<RunningServer> {
  const db = await openDatabase(config, log)
  try {
    await prepareDatabase(db, config.dataset, log)
  } catch (error) {
    await db.close()
    throw error
  }
  let site = null
  if (config.staticDir && existsSync(config.staticDir)) site = loadStaticSite(config.staticDir)
  else if (config.staticDir)
    log(`no app at ${config.staticDir}: serving the API only (npm run build:live)`)
  const server = createKinerjaServer({ db, site, timeoutMs: config.timeoutMs, log })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const host =
    config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost'
  return {
    server,
    db,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await db.close()
    },
  }
}
