/**
 * The server's one door to its database: a small interface with two implementations, PGlite
 * (PostgreSQL compiled to WebAssembly, in process; the default) and node-postgres (a PostgreSQL
 * server at DATABASE_URL). Everything above it speaks SQL that PostgreSQL 15 and PGlite
 * (PostgreSQL 18) both accept, always with parameters.
 */

export type Row = Record<string, unknown>

export interface Queryable {
  /** One statement with `$1 … $n` parameters; the rows it returns. */
  query<T extends Row = Row>(sql: string, params?: ReadonlyArray<unknown>): Promise<T[]>
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
}

export interface Session extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>
}

/** Connections in use, idle and awaited (PostgreSQL's pool; PGlite has one backend). */
type PoolStats = { max: number; total: number; idle: number; waiting: number }

export interface Database extends Session {
  readonly kind: 'pglite' | 'pg'
  stats(): PoolStats
  /**
   * Runs `fn` while holding the database-wide lock that serialises migrations, first-start
   * seeding and imports across every instance on the same database.
   */
  exclusive<T>(fn: (session: Session) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/**
 * Why an answer is 503, named in the log line and in the metrics, so the engineer on call goes to
 * the right place: the database itself (`database-unreachable`), this instance's connections
 * (`pool-exhausted`), a slow statement (`statement-timeout`) or request (`request-timeout`), this
 * instance's own queue (`overloaded`), a schema older than the server (`migrations-pending`), an
 * empty database (`no-data`), or a shutdown (`draining`).
 */
export type UnavailableCause =
  | 'database-unreachable'
  | 'pool-exhausted'
  | 'statement-timeout'
  | 'request-timeout'
  | 'overloaded'
  | 'migrations-pending'
  | 'no-data'
  | 'draining'

/**
 * The database cannot answer now: down, unreachable, too slow (statement timeout), restarting,
 * out of connections. The API answers 503 `unavailable`; the next request tries again.
 */
export class DatabaseUnavailableError extends Error {
  readonly reason: UnavailableCause
  constructor(message: string, options?: { cause?: unknown; reason?: UnavailableCause }) {
    super(message, options)
    this.name = 'DatabaseUnavailableError'
    this.reason = options?.reason ?? reasonOf(options?.cause ?? message)
  }
}

/** The named cause of an unavailability (see {@link UnavailableCause}). */
export function reasonOf(error: unknown): UnavailableCause {
  if (error instanceof DatabaseUnavailableError) return error.reason
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined
  const message = error instanceof Error ? error.message : String(error)
  // 57014: canceled by statement_timeout; "Query read timeout": the client's query_timeout.
  if (code === '57014' || /statement timeout|query read timeout/i.test(message)) {
    return 'statement-timeout'
  }
  return 'database-unreachable'
}

/** The advisory lock key of {@link Database.exclusive} ("kine" in ASCII). */
export const EXCLUSIVE_LOCK_KEY = 0x6b696e65

/**
 * SQLSTATE classes that mean "not now" rather than "this request is wrong": connection exceptions
 * (08), transaction rollback (40, serialisation), insufficient resources (53), operator
 * intervention (57: query cancelled by statement_timeout, admin shutdown, cannot connect now),
 * system errors (58).
 */
const UNAVAILABLE_SQLSTATE = /^(08|40|53|57|58)/

/** Node's network error codes and the drivers' own words for a lost or timed-out connection. */
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
])
const UNAVAILABLE_MESSAGE =
  /timeout|timed out|terminat|Connection ended|not queryable|closed|ECONNREFUSED|connect/i

/** Whether an error from a driver means the database is unavailable (see above). */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true
  if (!(error instanceof Error)) return false
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string') {
    if (/^[0-9A-Z]{5}$/.test(code)) return UNAVAILABLE_SQLSTATE.test(code)
    if (UNAVAILABLE_ERRNO.has(code)) return true
  }
  if (error instanceof AggregateError) return error.errors.some(isUnavailable)
  return UNAVAILABLE_MESSAGE.test(error.message)
}

/** Rethrows an unavailability as {@link DatabaseUnavailableError}, anything else as it is. */
export function classify(error: unknown, reason?: UnavailableCause): never {
  if (!(error instanceof DatabaseUnavailableError) && isUnavailable(error)) {
    const message = error instanceof Error ? error.message : String(error)
    throw new DatabaseUnavailableError(message, { cause: error, reason: reason ?? reasonOf(error) })
  }
  throw error
}
