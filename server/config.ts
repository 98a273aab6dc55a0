/**
 * The server's settings, from the environment (docs/running-the-server.md):
 *
 * | variable                | default                     | meaning                                        |
 * | ----------------------- | --------------------------- | ---------------------------------------------- |
 * | `PORT`                  | 8080                        | the port                                       |
 * | `HOST`                  | all interfaces              | the address to listen on (`127.0.0.1`: local)  |
 * | `DATABASE_URL`          | unset: embedded PGlite      | a PostgreSQL server (`postgres://…`)           |
 * | `KINERJA_DATA_DIR`      | `./.kinerja-data`           | PGlite's folder (without DATABASE_URL)         |
 * | `KINERJA_DATASET`       | `demo`                      | what a first start loads: `demo` or `national` |
 * | `KINERJA_DB_TIMEOUT_MS` | 5000                        | per statement, per connection, per request     |
 * | `KINERJA_DB_POOL`       | 10                          | connections to PostgreSQL per instance         |
 * | `KINERJA_STATIC_DIR`    | `dist-live` beside the code | the live build; `none` for the API alone       |
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export type Dataset = 'demo' | 'national'

export type Config = {
  port: number
  host: string | undefined
  databaseUrl: string | null
  dataDir: string
  dataset: Dataset
  timeoutMs: number
  poolSize: number
  /** Null: serve the API only. */
  staticDir: string | null
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

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataset = env.KINERJA_DATASET ?? 'demo'
  if (dataset !== 'demo' && dataset !== 'national') {
    throw new Error(`KINERJA_DATASET must be demo or national (got "${dataset}")`)
  }
  const staticDir = env.KINERJA_STATIC_DIR ?? resolve(PROJECT_ROOT, 'dist-live')
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || undefined,
    databaseUrl: env.DATABASE_URL || null,
    dataDir: resolve(env.KINERJA_DATA_DIR || '.kinerja-data'),
    dataset,
    timeoutMs: integer(env, 'KINERJA_DB_TIMEOUT_MS', 5_000, 50, 600_000),
    poolSize: integer(env, 'KINERJA_DB_POOL', 10, 1, 1_000),
    staticDir: staticDir === 'none' ? null : staticDir,
  }
}
