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

export interface Database extends Session {
  readonly kind: 'pglite' | 'pg'
  /**
   * Runs `fn` while holding the database-wide lock that serialises migrations, first-start
   * seeding and imports across every instance on the same database.
   */
  exclusive<T>(fn: (session: Session) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/**
 * The database cannot answer now: down, unreachable, too slow (statement timeout), restarting,
 * out of connections. The API answers 503 `unavailable`; the next request tries again.
 */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'DatabaseUnavailableError'
  }
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
export function classify(error: unknown): never {
  if (!(error instanceof DatabaseUnavailableError) && isUnavailable(error)) {
    const message = error instanceof Error ? error.message : String(error)
    throw new DatabaseUnavailableError(message, { cause: error })
  }
  throw error
}
