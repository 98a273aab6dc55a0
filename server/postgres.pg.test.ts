/**
 * The server on PostgreSQL (node-postgres): instances starting together, imports, and the failure
 * modes PGlite cannot show: the database stopped mid-run or too slow answers 503 with the error
 * body within the timeout, and the API recovers by itself. (The same answers as the MSW demo:
 * tests/parity/postgres.pg.test.ts.)
 */
import { afterAll, beforeAll, expect, test } from 'vitest'
import { ApiErrorBodySchema } from '@/api/common'
import pg from 'pg'
import { MIGRATIONS } from './db/migrate'
import { importFigures } from './import'
import { serverAnswer } from './testing/answer'
import { startPgCluster, type PgCluster } from './testing/pg-cluster'
import { startTestServer, type TestServer } from './testing/server'

const PORT = Number(process.env.KINERJA_TEST_PG_PORT ?? 8150)
const TIMEOUT_MS = 1_000

let cluster: PgCluster
let servers: TestServer[] = []
beforeAll(async () => {
  cluster = startPgCluster(PORT)
  // Two instances on one empty database at once: the advisory lock lets one migrate and seed.
  servers = await Promise.all(
    [0, 1].map(() =>
      startTestServer({
        DATABASE_URL: cluster.url,
        KINERJA_DB_TIMEOUT_MS: String(TIMEOUT_MS),
        KINERJA_DB_POOL: '4',
      }),
    ),
  )
})
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()))
  cluster.destroy()
})

const api = () => servers[0]!.api

test('two instances starting together migrate and load the dataset once', async () => {
  const db = servers[0]!.db
  expect(await db.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual(
    MIGRATIONS.map(({ version }) => ({ version })),
  )
  expect(await db.query('SELECT id, file_name FROM imports')).toEqual([
    { id: 1, file_name: 'demo dataset' },
  ])
  const [a, b] = await Promise.all(servers.map((s) => serverAnswer(s.api, '/regions?q=bogor')))
  expect(a).toEqual(b)
})

async function timed(path: string) {
  const started = performance.now()
  const response = await fetch(`${api()}${path}`)
  const body: unknown = await response.json()
  return {
    status: response.status,
    body,
    ms: performance.now() - started,
    headers: response.headers,
  }
}

async function until<T>(
  what: () => Promise<T>,
  done: (value: T) => boolean,
  seconds = 30,
): Promise<T> {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    const value = await what()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

test('the database stopped mid-run: 503 with the error body at once, then 200 again by itself', async () => {
  expect((await timed('/series?regions=3271')).status).toBe(200)
  cluster.stop()
  try {
    for (const path of [
      '/series?regions=3271',
      '/regions?q=bogor',
      '/indicators',
      '/agencies?region=3271',
    ]) {
      const answer = await timed(path)
      expect(answer.status, path).toBe(503)
      expect(ApiErrorBodySchema.parse(answer.body).error.code).toBe('unavailable')
      expect(answer.headers.get('cache-control')).toBe('no-store')
      expect(answer.headers.get('retry-after')).toBe('5')
      expect(answer.ms).toBeLessThan(TIMEOUT_MS + 1_500)
    }
    const ready = await fetch(`${servers[0]!.url}/readyz`)
    expect(ready.status).toBe(503)
    expect(await ready.json()).toMatchObject({
      checks: { database: expect.stringMatching(/^unreachable/) as string },
    })
    // Alive all the same: a supervisor must not restart it for the database's sake.
    expect((await fetch(`${servers[0]!.url}/healthz`)).status).toBe(200)
  } finally {
    cluster.start()
  }
  const recovered = await until(
    () => timed('/series?regions=3271'),
    (a) => a.status === 200,
  )
  expect(recovered.status).toBe(200)
  expect((await timed('/regions?q=bogor')).status).toBe(200)
  expect((await fetch(`${servers[0]!.url}/readyz`)).status).toBe(200)
  // The log names the cause: the database, not the server's own load.
  expect(servers[0]!.logs.some((l) => l.cause === 'database-unreachable' && l.status === 503)).toBe(
    true,
  )
})

test('a database too slow to answer: 503 within the timeout, 200 once it answers again', async () => {
  // Another session holds an exclusive lock on the table every request reads first.
  const blocker = new pg.Client({ connectionString: cluster.url })
  await blocker.connect()
  try {
    await blocker.query('BEGIN')
    await blocker.query('LOCK TABLE imports IN ACCESS EXCLUSIVE MODE')
    const answer = await timed('/series?regions=3271')
    expect(answer.status).toBe(503)
    expect(ApiErrorBodySchema.parse(answer.body).error.code).toBe('unavailable')
    expect(answer.ms).toBeGreaterThanOrEqual(TIMEOUT_MS * 0.9)
    expect(answer.ms).toBeLessThan(TIMEOUT_MS + 1_500)
    const id = answer.headers.get('x-request-id')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(servers[0]!.logs.find((l) => l.reqId === id)?.cause).toMatch(
      /^(statement-timeout|request-timeout)$/,
    )
  } finally {
    await blocker.query('ROLLBACK')
    await blocker.end()
  }
  expect((await timed('/series?regions=3271')).status).toBe(200)
})

test('an import on PostgreSQL: one bad row rejects the file; a good one is served at once', async () => {
  const header = 'region_code,region_name,indicator,period,value,unit,source_url,source_note'
  const url = 'https://bps.go.id/id/pressrelease/2025/05/05/1/contoh.html'
  const bad = [
    header,
    `1101,Aceh Selatan,tpt,2025-02,5.5,%,${url},ok`,
    `1101,Aceh Selatan,tpt,2025-02x,5.5,%,${url},bad`,
  ].join('\n')
  const db = servers[1]!.db
  expect(await importFigures(db, 'bad.csv', bad)).toEqual({
    kind: 'rejected',
    problems: [{ line: 3, message: 'malformed period "2025-02x"' }],
    total: 1,
  })
  const good = [header, `1101,Aceh Selatan,tpt,2025-02,5.5,%,${url},ok`].join('\n')
  expect(
    await importFigures(db, 'good.csv', good, { dataAsOf: '2026-12-02T08:00:00+07:00' }),
  ).toMatchObject({
    kind: 'imported',
    id: 2,
    added: 1,
  })
  // The other instance serves it too: nothing is kept per instance but caches keyed by version.
  const answer = await serverAnswer(servers[0]!.api, '/series?regions=11.01&indicators=tpt')
  expect(answer.body).toMatchObject({
    dataAsOf: '2026-12-02T08:00:00+07:00',
    series: [
      {
        regionCode: '1101',
        observations: [{ period: '2025-02', value: 5.5, provenance: 'official' }],
      },
    ],
  })
})
