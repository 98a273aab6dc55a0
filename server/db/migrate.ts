/**
 * Versioned migrations: `server/migrations/NNN_name.sql`, applied in order, each in its own
 * transaction, and recorded in `schema_migrations`. The runner holds the database's exclusive lock
 * (pg_advisory_lock on PostgreSQL), so instances starting together apply each migration once.
 * A migration is never edited once released: a change is a new file.
 */
import type { Queryable, Session } from './database'

export type Migration = { version: number; name: string; sql: string }

const files = import.meta.glob<string>('../migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** The migrations bundled with this server, in version order. */
export const MIGRATIONS: ReadonlyArray<Migration> = Object.entries(files)
  .map(([path, sql]) => {
    const match = /(\d{3})_([a-z0-9_]+)\.sql$/.exec(path)
    if (!match) throw new Error(`migration file name ${path} is not NNN_name.sql`)
    return { version: Number(match[1]), name: match[2] ?? '', sql }
  })
  .sort((a, b) => a.version - b.version)

/** The schema version this server expects (the last migration's). */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0

/** Applies the migrations `session` has not seen; returns the versions it applied. */
export async function migrate(
  session: Session,
  migrations: ReadonlyArray<Migration> = MIGRATIONS,
): Promise<number[]> {
  await session.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`)
  const rows = await session.query<{ version: number }>('SELECT version FROM schema_migrations')
  const applied = new Set(rows.map((row) => row.version))
  const newest = Math.max(0, ...applied)
  const known = migrations.at(-1)?.version ?? 0
  if (newest > known) {
    throw new Error(
      `the database is at schema version ${newest}, newer than this server's ${known}: run a newer server`,
    )
  }
  const done: number[] = []
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue
    await session.transaction(async (tx) => {
      await tx.exec(migration.sql)
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ])
    })
    done.push(migration.version)
  }
  return done
}

export type SchemaStatus = {
  /** The newest migration the database has (0: none, or no schema_migrations table). */
  database: number
  /** The newest migration this server knows. */
  server: number
  /** Migrations this server knows that the database lacks. */
  missing: number[]
}

/**
 * Where the database's schema stands against this server's migrations, read with SELECTs only, so
 * a role without DDL rights (or a read replica) can tell. A database newer than the server is
 * fine for serving (migrations only add: docs/decisions/0069) and refused by {@link migrate}.
 */
export async function schemaStatus(
  db: Queryable,
  migrations: ReadonlyArray<Migration> = MIGRATIONS,
): Promise<SchemaStatus> {
  const server = migrations.at(-1)?.version ?? 0
  const [table] = await db.query<{ present: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS present",
  )
  if (!table?.present) return { database: 0, server, missing: migrations.map((m) => m.version) }
  const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations')
  const applied = new Set(rows.map((row) => row.version))
  return {
    database: Math.max(0, ...applied),
    server,
    missing: migrations.filter((m) => !applied.has(m.version)).map((m) => m.version),
  }
}
