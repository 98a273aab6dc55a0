/**
 * Starting, stopping and starting again on the same PGlite folder: migrations run once, the
 * dataset loads once, data survives; a database newer than the server is refused.
 *
 * The folder starts as a copy of the run's template, which the server's own first start made
 * (server/testing/pglite-template.ts): these starts are the later ones, which must change nothing.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, inject, test } from 'vitest'
import { migrate, MIGRATIONS, SCHEMA_VERSION } from './db/migrate'
import { openPglite } from './db/pglite'
import { startTestServer } from './testing/server'

const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-life-'))
cpSync(inject('pgliteTemplate'), dataDir, { recursive: true })
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

test('starting again on a loaded folder keeps the data and applies nothing again', async () => {
  const first = await startTestServer({}, { keepDataDir: dataDir })
  const before: unknown = await (
    await fetch(`${first.api}/series?regions=3271&indicators=tpt`)
  ).json()
  await first.close()

  const second = await startTestServer({}, { keepDataDir: dataDir })
  try {
    const after: unknown = await (
      await fetch(`${second.api}/series?regions=3271&indicators=tpt`)
    ).json()
    expect(after).toEqual(before)
    const migrations = await second.db.query<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    )
    expect(migrations).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })))
    const imports = await second.db.query<{ id: number; file_name: string; data_as_of: string }>(
      'SELECT id, file_name, data_as_of FROM imports',
    )
    expect(imports).toEqual([
      { id: 1, file_name: 'demo dataset', data_as_of: '2026-11-01T08:00:00+07:00' },
    ])
    const [counts] = await second.db.query<{ regions: number; districts: number }>(
      `SELECT count(*)::int AS regions, count(*) FILTER (WHERE level = 'district')::int AS districts FROM regions`,
    )
    expect(counts).toEqual({ regions: 7838, districts: 7285 })
  } finally {
    await second.close()
  }
})

test('a database at a newer schema than the server is refused, not touched', async () => {
  const db = await openPglite(dataDir)
  try {
    await db.query("INSERT INTO schema_migrations (version, name) VALUES ($1, 'from_the_future')", [
      SCHEMA_VERSION + 1,
    ])
    await expect(migrate(db)).rejects.toThrow(/newer than this server/)
  } finally {
    await db.query('DELETE FROM schema_migrations WHERE version = $1', [SCHEMA_VERSION + 1])
    await db.close()
  }
})

test('migration 002 renders the JSON of rows stored before it, exactly as the server writes it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-migrate-'))
  cpSync(inject('pgliteEmpty'), dir, { recursive: true })
  const db = await openPglite(dir)
  try {
    await migrate(db, MIGRATIONS.slice(0, 1))
    const observation = {
      period: '2023-08',
      value: 0.1 + 0.2,
      grade: null,
      provenance: 'official',
      source: { publisher: 'BPS', publication: 'Sakernas Agustus 2023' },
      citation: null,
      method: null,
      releaseDate: '2023-11-06',
      provisional: false,
    }
    await db.exec(`
      INSERT INTO imports (id, file_name, sha256, row_count, data_as_of) VALUES (1, 'x', 'x', 1, '2026-11-01T08:00:00+07:00');
      INSERT INTO regions (code, bps_code, name, level, ancestors, child_count, name_search, name_base, name_rank)
        VALUES ('0000', '0000', 'Indonesia', 'national', '[]', 0, 'indonesia', 'indonesia', 0);
      INSERT INTO indicators (id, position, body) VALUES ('tpt', 0, '{}');
      INSERT INTO series VALUES ('0000', 'tpt');`)
    await db.query(
      `INSERT INTO observations (region_code, indicator_id, period, period_start, period_end, value,
         grade, provenance, source, citation, method, release_date, provisional, import_id)
       VALUES ('0000', 'tpt', $1, 24283, 24283, $2, NULL, 'official', $3::jsonb, NULL, NULL, $4, false, 1)`,
      [
        observation.period,
        observation.value,
        JSON.stringify(observation.source),
        observation.releaseDate,
      ],
    )
    expect(await migrate(db)).toEqual(MIGRATIONS.slice(1).map((m) => m.version))
    const [row] = await db.query<{ body: string }>('SELECT body::text AS body FROM observations')
    expect(JSON.parse(row!.body)).toEqual(observation)
  } finally {
    await db.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
