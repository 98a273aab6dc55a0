/**
 * The server's settings, from the environment (docs/operations.md has the full table):
 *
 * | variable                      | default                     | meaning                                              |
 * | ----------------------------- | --------------------------- | ---------------------------------------------------- |
 * | `PORT`                        | 8080                        | the port                                             |
 * | `HOST`                        | all interfaces              | the address to listen on (`127.0.0.1`: local)        |
 * | `DATABASE_URL`                | unset: embedded PGlite      | a PostgreSQL server (`postgres://…`)                 |
 * | `KINERJA_DATA_DIR`            | `./.kinerja-data`           | PGlite's folder (without DATABASE_URL)               |
 * | `KINERJA_DATASET`             | `demo`                      | what db:migrate loads into an empty database: `demo`, `national` or `none` |
 * | `KINERJA_REGION`              | `3271`                      | the city: the app's default region                   |
 * | `KINERJA_MIGRATE`             | `check`                     | `check`: the server only reads the schema version; `auto`: it migrates (quick start, tests) |
 * | `KINERJA_DB_TIMEOUT_MS`       | 5000                        | per statement, per connection, per request           |
 * | `KINERJA_DB_POOL`             | 10                          | connections to PostgreSQL per instance               |
 * | `KINERJA_IMPORT_TIMEOUT_MS`   | 600000                      | per statement of db:migrate, data:import, db:backup/restore |
 * | `KINERJA_STATIC_DIR`          | `dist-live` beside the code | the live build; `none` for the API alone             |
 * | `KINERJA_LOG_LEVEL`           | `info`                      | pino's level (`debug`, `info`, `warn`, `error`, `silent`) |
 * | `KINERJA_METRICS_TOKEN`       | unset: /metrics off         | a bearer token that /metrics requires                |
 * | `KINERJA_DRAIN_DELAY_MS`      | 0                           | after SIGTERM, how long /readyz says 503 before the port closes |
 * | `KINERJA_DRAIN_TIMEOUT_MS`    | 10000                       | how long requests in flight may take to finish after that |
 * | `KINERJA_CACHE_MB`            | 64                          | answers kept in memory per data version (compressed too) |
 * | `KINERJA_MAX_ACTIVE`          | 2 × KINERJA_DB_POOL         | API requests worked on at once                       |
 * | `KINERJA_MAX_QUEUE`           | 256                         | API requests waiting beyond those; more: 503         |
 * | `KINERJA_CLIENT_MAX_ACTIVE`   | 4                           | API requests of one client worked on at once (the rest wait) |
 * | `KINERJA_CLIENT_MAX_QUEUE`    | 64                          | API requests of one client waiting; more: 429        |
 * | `KINERJA_TRUST_PROXY`         | unset                       | `1`: the client is the last address of X-Forwarded-For (behind one proxy) |
 * | `KINERJA_VERSION_TTL_MS`      | 1000                        | how long an instance trusts the data version it read |
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isRegionCode } from '@/api/common'

const DATASETS = ['demo', 'national', 'none'] as const
export type Dataset = (typeof DATASETS)[number]

export type Config = {
  port: number
  host: string | undefined
  databaseUrl: string | null
  dataDir: string
  dataset: Dataset
  /** The city's region code: the app's default region. */
  region: string
  /** Whether the server migrates (and loads the first dataset) itself, or only checks. */
  migrate: 'check' | 'auto'
  timeoutMs: number
  poolSize: number
  /** Per statement of the long commands (migrations, imports, backups). */
  importTimeoutMs: number
  /** Null: serve the API only. */
  staticDir: string | null
  logLevel: string
  /** Null: /metrics answers 404. */
  metricsToken: string | null
  drainDelayMs: number
  drainTimeoutMs: number
  cacheBytes: number
  maxActive: number
  maxQueue: number
  clientMaxActive: number
  clientMaxQueue: number
  trustProxy: boolean
  versionTtlMs: number
}

/** The project's root: one level up from this file, in the source (server/) and the bundle (dist-server/). */
const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number) {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`)
  }
  return value
}

function oneOf<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  values: ReadonlyArray<T>,
  fallback: T,
): T {
  const raw = env[name] || fallback
  if (!(values as ReadonlyArray<string>).includes(raw)) {
    throw new Error(`${name} must be ${values.join(', ')} (got "${raw}")`)
  }
  return raw as T
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const staticDir = env.KINERJA_STATIC_DIR ?? resolve(PROJECT_ROOT, 'dist-live')
  const region = env.KINERJA_REGION || '3271'
  if (!isRegionCode(region)) {
    throw new Error(`KINERJA_REGION must be a region code such as 3271 or 32.71 (got "${region}")`)
  }
  const poolSize = integer(env, 'KINERJA_DB_POOL', 10, 1, 1_000)
  const metricsToken = env.KINERJA_METRICS_TOKEN || null
  if (metricsToken !== null && metricsToken.length < 16) {
    throw new Error('KINERJA_METRICS_TOKEN must be at least 16 characters')
  }
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || undefined,
    databaseUrl: env.DATABASE_URL || null,
    dataDir: resolve(env.KINERJA_DATA_DIR || '.kinerja-data'),
    dataset: oneOf(env, 'KINERJA_DATASET', DATASETS, 'demo'),
    region,
    migrate: oneOf(env, 'KINERJA_MIGRATE', ['check', 'auto'] as const, 'check'),
    timeoutMs: integer(env, 'KINERJA_DB_TIMEOUT_MS', 5_000, 50, 600_000),
    poolSize,
    importTimeoutMs: integer(env, 'KINERJA_IMPORT_TIMEOUT_MS', 600_000, 1_000, 86_400_000),
    staticDir: staticDir === 'none' ? null : staticDir,
    logLevel: oneOf(
      env,
      'KINERJA_LOG_LEVEL',
      ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const,
      'info',
    ),
    metricsToken,
    drainDelayMs: integer(env, 'KINERJA_DRAIN_DELAY_MS', 0, 0, 600_000),
    drainTimeoutMs: integer(env, 'KINERJA_DRAIN_TIMEOUT_MS', 10_000, 0, 600_000),
    cacheBytes: integer(env, 'KINERJA_CACHE_MB', 64, 0, 16_384) * 1024 * 1024,
    maxActive: integer(env, 'KINERJA_MAX_ACTIVE', 2 * poolSize, 1, 10_000),
    maxQueue: integer(env, 'KINERJA_MAX_QUEUE', 256, 0, 100_000),
    clientMaxActive: integer(env, 'KINERJA_CLIENT_MAX_ACTIVE', 4, 1, 10_000),
    clientMaxQueue: integer(env, 'KINERJA_CLIENT_MAX_QUEUE', 64, 0, 100_000),
    trustProxy: env.KINERJA_TRUST_PROXY === '1' || env.KINERJA_TRUST_PROXY === 'true',
    versionTtlMs: integer(env, 'KINERJA_VERSION_TTL_MS', 1_000, 0, 60_000),
  }
}
