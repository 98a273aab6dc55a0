/**
 * PostgreSQL through node-postgres: a pool of connections to DATABASE_URL. Every statement runs
 * under `statement_timeout` (the server cancels it) and `query_timeout` (the client gives up if the
 * server does not answer at all); connecting gives up after the same time. A connection that
 * failed is dropped, and the pool opens new ones on demand, so the API recovers by itself when the
 * database comes back.
 */
import pg from 'pg'
import {
  EXCLUSIVE_LOCK_KEY,
  classify,
  type Database,
  type Queryable,
  type Row,
  type Session,
} from './database'

export type PgOptions = {
  connectionString: string
  /** Per statement and per connection attempt. */
  timeoutMs: number
  poolSize: number
  log?: (message: string) => void
  /** Sessions open read-only (`default_transaction_read_only`): a server that never writes. */
  readOnly?: boolean
}

function bind(client: pg.PoolClient | pg.Pool): Queryable {
  return {
    async query<T extends Row>(sql: string, params: ReadonlyArray<unknown> = []) {
      try {
        const result = await client.query<T>(sql, params as unknown[])
        return result.rows
      } catch (error) {
        return classify(error)
      }
    },
    async exec(sql: string) {
      try {
        await client.query(sql)
      } catch (error) {
        classify(error)
      }
    },
  }
}

async function inTransaction<T>(
  client: pg.PoolClient,
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> {
  const tx = bind(client)
  await tx.exec('BEGIN')
  try {
    const result = await fn(tx)
    await tx.exec('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  }
}

export function openPg({
  connectionString,
  timeoutMs,
  poolSize,
  log,
  readOnly = false,
}: PgOptions): Database {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs + 1_000,
    idleTimeoutMillis: 30_000,
    application_name: 'kinerja',
    ...(readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  })
  // An idle connection that the server closes (restart, failover) must not crash the process.
  pool.on('error', (error) => log?.(`database: idle connection lost (${error.message})`))

  /**
   * A client of the pool; a failed connection attempt is an unavailability like any other, named
   * `pool-exhausted` when every connection was busy (the wait timed out), else
   * `database-unreachable`.
   */
  async function connect(): Promise<pg.PoolClient> {
    const full = pool.totalCount >= poolSize && pool.idleCount === 0
    try {
      return await pool.connect()
    } catch (error) {
      const exhausted = full && /timeout exceeded when trying to connect/i.test(String(error))
      return classify(error, exhausted ? 'pool-exhausted' : 'database-unreachable')
    }
  }

  /** Runs `fn` on one client; a client that failed is destroyed rather than reused. */
  async function withClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await connect()
    let failure: Error | undefined
    try {
      return await fn(client)
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error))
      throw error
    } finally {
      client.release(failure)
    }
  }

  return {
    kind: 'pg',
    query: (sql, params) => withClient((client) => bind(client).query(sql, params)),
    exec: (sql) => withClient((client) => bind(client).exec(sql)),
    stats: () => ({
      max: poolSize,
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
    transaction: (fn) => withClient((client) => inTransaction(client, fn)),
    exclusive: (fn) =>
      withClient(async (client) => {
        const session: Session = {
          ...bind(client),
          transaction: (inner) => inTransaction(client, inner),
        }
        await session.query('SELECT pg_advisory_lock($1)', [EXCLUSIVE_LOCK_KEY])
        try {
          return await fn(session)
        } finally {
          await session.query('SELECT pg_advisory_unlock($1)', [EXCLUSIVE_LOCK_KEY])
        }
      }),
    close: () => pool.end(),
  }
}
