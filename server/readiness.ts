/**
 * Whether this instance should get traffic (`/readyz`), and whether its API may answer:
 *
 * - the database answers (within the request timeout);
 * - its schema has every migration this server knows (`npm run db:migrate` ran): the server
 *   itself never runs DDL unless KINERJA_MIGRATE=auto;
 * - it holds data (an import, even the reference data alone);
 * - the server is not draining (SIGTERM).
 *
 * The schema check is remembered between checks (the API asks on every request without a
 * query): {@link Readiness.watch} checks at start with backoff until it succeeds, then every
 * `intervalMs`, and each /readyz checks again.
 */
import type { Database, UnavailableCause } from './db/database'
import { schemaStatus, type SchemaStatus } from './db/migrate'
import type { Log } from './logger'
import { messageOf } from './logger'
import { dataVersion } from './queries'
import { BUILD_VERSION } from './version'

export type ReadinessReport = {
  ready: boolean
  status: 'ready' | 'not-ready'
  version: string
  checks: {
    /** `ok`, or `unreachable: <why>`. */
    database: string
    migrations: 'current' | 'pending' | 'unknown'
    schema: { database: number; server: number } | null
    data: 'ok' | 'empty' | 'unknown'
    draining: boolean
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}

export class Readiness {
  draining = false
  private schema: SchemaStatus | null = null
  private hasData: boolean | null = null
  private timer: NodeJS.Timeout | null = null
  private stopped = false

  constructor(
    private readonly db: Database,
    private readonly log: Log,
    private readonly timeoutMs: number,
  ) {}

  /** The named reason the API must answer 503 now, or null. */
  blocksApi(): UnavailableCause | null {
    if (this.schema && this.schema.missing.length > 0) return 'migrations-pending'
    return null
  }

  async check(): Promise<ReadinessReport> {
    let database = 'ok'
    try {
      const [schema, version] = await withTimeout(
        Promise.all([schemaStatus(this.db), dataVersion(this.db).catch(() => null)]),
        this.timeoutMs,
      )
      this.remember(schema)
      this.hasData = version !== null
    } catch (error) {
      database = `unreachable: ${messageOf(error)}`
    }
    const migrations =
      database !== 'ok' || !this.schema
        ? 'unknown'
        : this.schema.missing.length > 0
          ? 'pending'
          : 'current'
    const data =
      database !== 'ok' || this.hasData === null ? 'unknown' : this.hasData ? 'ok' : 'empty'
    const ready = database === 'ok' && migrations === 'current' && data === 'ok' && !this.draining
    return {
      ready,
      status: ready ? 'ready' : 'not-ready',
      version: BUILD_VERSION,
      checks: {
        database,
        migrations,
        schema: this.schema ? { database: this.schema.database, server: this.schema.server } : null,
        data,
        draining: this.draining,
      },
    }
  }

  private remember(schema: SchemaStatus): void {
    const before = this.schema
    this.schema = schema
    if (schema.missing.length > 0 && (!before || before.missing.length === 0)) {
      this.log.error(
        { schema: { database: schema.database, server: schema.server, missing: schema.missing } },
        `the database lacks migrations ${schema.missing.join(', ')}: run npm run db:migrate (with a role that may change the schema); the API answers 503 until then`,
      )
    } else if (schema.missing.length === 0 && before && before.missing.length > 0) {
      this.log.info({ schema: { database: schema.database } }, 'the database schema is current')
    }
    if (schema.database > schema.server && (!before || before.database !== schema.database)) {
      this.log.warn(
        { schema: { database: schema.database, server: schema.server } },
        'the database schema is newer than this server (an older build after an upgrade): serving, as migrations only add',
      )
    }
  }

  /**
   * Checks now and, while the database cannot be reached, again with backoff (0.5 s doubling to
   * 30 s), logging each failure; then every `intervalMs`. Resolves after the first check that
   * reached the database.
   */
  watch(intervalMs = 10_000): Promise<void> {
    let delay = 500
    let attempt = 0
    return new Promise((resolve) => {
      let first = true
      const tick = async () => {
        if (this.stopped) return resolve()
        attempt += 1
        const report = await this.check()
        if (report.checks.database === 'ok') {
          if (first) {
            first = false
            if (attempt > 1) this.log.info({ attempt }, 'database reachable')
            resolve()
          }
          delay = 500
          this.schedule(tick, intervalMs)
          return
        }
        if (first) {
          this.log.warn(
            { attempt, retryInMs: delay, err: report.checks.database },
            `database unreachable at start; trying again in ${(delay / 1000).toFixed(1)} s`,
          )
        }
        this.schedule(tick, first ? delay : intervalMs)
        delay = Math.min(delay * 2, 30_000)
      }
      void tick()
    })
  }

  private schedule(fn: () => Promise<void>, ms: number): void {
    if (this.stopped) return
    this.timer = setTimeout(() => void fn(), ms)
    this.timer.unref()
  }

  stop(): void {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
  }
}
