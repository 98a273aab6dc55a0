/**
 * What a city's IT team relies on (issue 22), on PGlite: request logs that parse as JSON and carry
 * the request id the response carries, /metrics behind its token, a drain that loses no request,
 * a start with the reference data alone, a server that answers 503 (named) until the migrations
 * ran, and a backup taken while serving that restores into a fresh folder with the same answers.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { Agent, request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { SeriesResponseSchema } from '@/api/series'
import { prepareDatabase } from './app'
import { BACKUP_TABLES, restoreBackup } from './backup'
import { requestBackup } from './control'
import { openPglite } from './db/pglite'
import { memoryLogger } from './logger'
import { startTestServer, type TestServer } from './testing/server'

const TOKEN = 'metrics-token-0123456789'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ KINERJA_METRICS_TOKEN: TOKEN })
})
afterAll(async () => {
  await server.close()
})

test('every request is one JSON log line carrying the request id the response carries', async () => {
  const response = await fetch(`${server.api}/series?regions=3271&indicators=tpt`)
  expect(response.status).toBe(200)
  const id = response.headers.get('x-request-id')
  expect(id).toMatch(/^[0-9a-f-]{36}$/)
  await response.arrayBuffer()
  // A caller's (or the proxy's) id is kept; a malformed one is replaced.
  const given = await fetch(`${server.api}/indicators`, {
    headers: { 'x-request-id': 'nginx-abc.123' },
  })
  expect(given.headers.get('x-request-id')).toBe('nginx-abc.123')
  const junk = await fetch(`${server.api}/indicators`, {
    headers: { 'x-request-id': 'a b<script>' },
  })
  expect(junk.headers.get('x-request-id')).not.toContain('<')

  await new Promise((resolve) => setTimeout(resolve, 20))
  const line = server.logs.find((l) => l.reqId === id)
  expect(line).toMatchObject({
    level: 'info',
    msg: 'request',
    method: 'GET',
    path: '/api/series',
    query: 'regions=3271&indicators=tpt',
    status: 200,
    client: '127.0.0.1',
  })
  expect(typeof line?.ms).toBe('number')
  expect(Date.parse(String(line?.time))).toBeGreaterThan(Date.now() - 60_000)
  expect(server.logs.some((l) => l.reqId === 'nginx-abc.123')).toBe(true)
})

test('/metrics is a 404 without its token and Prometheus text with it', async () => {
  expect((await fetch(`${server.url}/metrics`)).status).toBe(404)
  expect(
    (await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status,
  ).toBe(404)
  await fetch(`${server.api}/regions?parent=32`).then((r) => r.arrayBuffer())
  const metrics = await fetch(`${server.url}/metrics`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  })
  expect(metrics.status).toBe(200)
  const text = await metrics.text()
  expect(text).toMatch(
    /kinerja_http_requests_total\{route="\/api\/regions",method="GET",status="200"\} \d+/,
  )
  expect(text).toContain('kinerja_http_request_duration_seconds_bucket')
  expect(text).toContain('kinerja_db_pool_max 1')
  expect(text).toContain('kinerja_build_info{version="dev"} 1')
  expect(text).toContain('kinerja_process_resident_memory_bytes')
})

test('the national answer is built once per data version and served compressed from memory', async () => {
  const first = await fetch(`${server.api}/series?parent=0000`)
  const body = await first.text()
  for (let i = 0; i < 5; i += 1) {
    const again = await fetch(`${server.api}/series?parent=0000`)
    expect(await again.text()).toBe(body)
  }
  const metrics = await (
    await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
  ).text()
  expect(Number(/kinerja_cache_hits (\d+)/.exec(metrics)?.[1])).toBeGreaterThanOrEqual(5)
  // Unknown parameters do not make a new cache entry: they are refused.
  const junk = await fetch(`${server.api}/series?parent=0000&nocache=${Date.now()}`)
  expect(junk.status).toBe(400)
})

/** A GET on its own connection (or the agent's), read to its end. */
function get(url: string, agent?: Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent, headers: { 'accept-encoding': 'identity' } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

test('draining: requests in flight when the server is asked to stop all get full answers; readiness turns 503 first', async () => {
  const draining = await startTestServer({ KINERJA_DRAIN_DELAY_MS: '300' })
  const agent = new Agent({ keepAlive: true, maxSockets: 8 })
  try {
    // Distinct, uncached answers (every province's kab/kota), on fresh and kept-alive connections.
    const parents = ['0000', '31', '3171', '3172', '3173', '3174', '3175', '3101', '3271', '7571']
    const queries = [
      ...parents.map((code) => `parent=${code}`),
      ...parents.map((code) => `parent=${code}&indicators=tpt,inflation`),
    ]
    // A slow database: every query waits 100 ms, so the requests are still being worked on when
    // the server is asked to stop.
    const query = draining.db.query.bind(draining.db)
    draining.db.query = async (sql, params) => {
      await new Promise((resolve) => setTimeout(resolve, 100))
      return query(sql, params)
    }
    let received = 0
    draining.server.on('request', () => (received += 1))
    const inFlight = queries.map((query, i) =>
      get(`${draining.api}/series?${query}`, i % 2 ? agent : undefined),
    )
    // In flight: the server has every request (they wait for the database, one at a time).
    while (received < queries.length) await new Promise((resolve) => setTimeout(resolve, 1))
    const closed = draining.close()
    const ready = await get(`${draining.url}/readyz`)
    expect(ready.status).toBe(503)
    expect(JSON.parse(ready.body)).toMatchObject({ ready: false, checks: { draining: true } })
    const answers = await Promise.all(inFlight)
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      SeriesResponseSchema.parse(JSON.parse(answer.body))
    }
    expect(answers.filter((a) => a.body.length > 1000).length).toBeGreaterThan(10)
    await closed
    // The answers were sent after the drain began.
    const began = draining.logs.findIndex((l) => l.msg === 'draining: /readyz answers 503')
    expect(began).toBeGreaterThan(0)
    expect(
      draining.logs.slice(began).filter((l) => l.path === '/api/series' && l.status === 200).length,
    ).toBeGreaterThan(10)
    expect(draining.logs.at(-1)?.msg).toBe('stopped')
  } finally {
    if (process.env.KINERJA_TEST_DUMP) {
      const { writeFileSync } = await import('node:fs')
      writeFileSync(
        process.env.KINERJA_TEST_DUMP,
        draining.logs.map((l) => JSON.stringify(l)).join('\n'),
      )
    }
    agent.destroy()
  }
})

test('KINERJA_DATASET=none starts with the regions and the catalogue and no synthetic row', async () => {
  const clean = await startTestServer({ KINERJA_DATASET: 'none' })
  try {
    const [counts] = await clean.db.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM regions) AS regions, (SELECT count(*)::int FROM indicators) AS indicators,
              (SELECT count(*)::int FROM observations) AS observations, (SELECT count(*)::int FROM targets) AS targets,
              (SELECT count(*)::int FROM agencies) AS agencies, (SELECT count(*)::int FROM programs) AS programs`,
    )
    expect(counts).toEqual({
      regions: 7838,
      indicators: expect.any(Number) as number,
      observations: 0,
      targets: 0,
      agencies: 0,
      programs: 0,
    })
    expect(counts!.indicators).toBeGreaterThan(5)
    const series: unknown = await (await fetch(`${clean.api}/series?regions=3271`)).json()
    expect(SeriesResponseSchema.parse(series).series).toEqual([])
    const agencies = (await (await fetch(`${clean.api}/agencies?region=3271`)).json()) as {
      agencies: unknown[]
    }
    expect(agencies.agencies).toEqual([])
    expect((await fetch(`${clean.api}/regions?parent=0000`)).status).toBe(200)
    expect((await fetch(`${clean.url}/readyz`)).status).toBe(200)
  } finally {
    await clean.close()
  }
})

test('a server on an unmigrated database answers 503 (migrations-pending) and turns ready once db:migrate ran', async () => {
  const waiting = await startTestServer({ KINERJA_MIGRATE: 'check' })
  try {
    const ready = await fetch(`${waiting.url}/readyz`)
    expect(ready.status).toBe(503)
    expect(await ready.json()).toMatchObject({
      ready: false,
      checks: { database: 'ok', migrations: 'pending', schema: { database: 0, server: 2 } },
    })
    const api = await fetch(`${waiting.api}/indicators`)
    expect(api.status).toBe(503)
    expect(api.headers.get('retry-after')).toBe('5')
    const id = api.headers.get('x-request-id')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(waiting.logs.find((l) => l.reqId === id)).toMatchObject({
      status: 503,
      cause: 'migrations-pending',
    })
    expect(
      waiting.logs.some((l) => l.level === 'error' && String(l.msg).includes('db:migrate')),
    ).toBe(true)
    // What db:migrate does (the server holds the PGlite folder, so in process here).
    await prepareDatabase(waiting.db, 'demo', memoryLogger().log)
    expect((await fetch(`${waiting.url}/readyz`)).status).toBe(200)
    expect((await fetch(`${waiting.api}/indicators`)).status).toBe(200)
  } finally {
    await waiting.close()
  }
})

test('a backup taken from the running server restores into a fresh folder with the same answers', async () => {
  const tables = await server.db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY 1`,
  )
  expect([...BACKUP_TABLES].sort()).toEqual(tables.map((t) => t.name))

  // The dump, asked of the server over its control socket, while it answers requests.
  const dump = requestBackup(server.dataDir)
  const lines: Buffer[] = []
  const serving = Promise.all(
    ['3271', '32', '0000', '7571'].map((code) =>
      fetch(`${server.api}/series?parent=${code}`).then((r) => r.status),
    ),
  )
  for await (const chunk of dump) lines.push(chunk as Buffer)
  expect(await serving).toEqual([200, 200, 200, 200])
  const text = Buffer.concat(lines).toString('utf8')
  expect(text.startsWith('#{"kinerja":"backup","format":1,"schema":2')).toBe(true)
  expect(text.trimEnd().split('\n').at(-1)).toMatch(/^#\{"end":\{"imports":1,"regions":7838,/)

  const dir = mkdtempSync(join(tmpdir(), 'kinerja-restore-'))
  try {
    const fresh = await openPglite(dir)
    try {
      const input = new PassThrough()
      input.end(text)
      const counts = await restoreBackup(fresh, input)
      expect(counts.regions).toBe(7838)
      // A second restore into a database that holds data is refused.
      const again = new PassThrough()
      again.end(text)
      await expect(restoreBackup(fresh, again)).rejects.toThrow(/not empty/)
      // A cut file is refused, and leaves nothing behind.
    } finally {
      await fresh.close()
    }
    const restored = await startTestServer({ KINERJA_MIGRATE: 'check' }, { keepDataDir: dir })
    try {
      expect((await fetch(`${restored.url}/readyz`)).status).toBe(200)
      for (const path of [
        '/indicators',
        '/regions?parent=32',
        '/regions?q=bogor',
        '/series?regions=3271',
        '/series?parent=0000&indicators=tpt,inflation',
        '/agencies?region=3271',
        '/agencies/3271-dinkes',
        '/programs?region=7571',
        '/directives?region=3271',
        '/pj-evaluations?region=3271',
      ]) {
        const before = await fetch(`${server.api}${path}`)
        const after = await fetch(`${restored.api}${path}`)
        expect(after.status, path).toBe(before.status)
        expect(await after.json(), path).toEqual(await before.json())
        expect(after.headers.get('etag'), path).toBe(before.headers.get('etag'))
      }
    } finally {
      await restored.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a cut backup is refused and restores nothing', async () => {
  const dump = requestBackup(server.dataDir)
  const chunks: Buffer[] = []
  for await (const chunk of dump) chunks.push(chunk as Buffer)
  const lines = Buffer.concat(chunks).toString('utf8').trimEnd().split('\n')
  const cut = `${lines.slice(0, -1).join('\n')}\n`
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-restore-cut-'))
  const fresh = await openPglite(dir)
  try {
    const input = new PassThrough()
    input.end(cut)
    await expect(restoreBackup(fresh, input)).rejects.toThrow(/cut short/)
    const [present] = await fresh.query<{ present: boolean }>(
      "SELECT to_regclass('imports') IS NOT NULL AS present",
    )
    expect(present?.present).toBe(false)
  } finally {
    await fresh.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
