/**
 * Issue 22 on PostgreSQL: migrations by a role that may change the schema, the server by a role
 * that may only read and write rows (and by a read-only role, as on a replica); a database down at
 * start retried with backoff; the built server (dist-server, `npm run build`) stopped with SIGTERM
 * under load answers every request it took; a backup while serving restores with the same answers.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { Agent, request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import pg from 'pg'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { openDatabase, prepareDatabase, startServer } from './app'
import { restoreBackup, writeBackup } from './backup'
import { readConfig } from './config'
import { memoryLogger } from './logger'
import { startPgCluster, type PgCluster } from './testing/pg-cluster'
import { startTestServer } from './testing/server'

const PORT = Number(process.env.KINERJA_TEST_PG_PORT ?? 8150) + 1
const ROOT = join(import.meta.dirname, '..')

let cluster: PgCluster
const url = (user: string, database = 'kinerja') =>
  `postgres://${user}@127.0.0.1:${cluster.port}/${database}`

async function sql(statements: string, database = 'kinerja'): Promise<void> {
  const client = new pg.Client({ connectionString: url('postgres', database) })
  await client.connect()
  try {
    await client.query(statements)
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  cluster = startPgCluster(PORT)
  // The roles docs/operations.md sets up: an owner that migrates, the server's role that reads
  // and writes rows, a read-only one (as on a replica).
  await sql(`
    CREATE ROLE kinerja_owner LOGIN;
    CREATE ROLE kinerja_app LOGIN;
    CREATE ROLE kinerja_ro LOGIN;
    ALTER ROLE kinerja_ro SET default_transaction_read_only = on;
    ALTER DATABASE kinerja OWNER TO kinerja_owner;
    ALTER SCHEMA public OWNER TO kinerja_owner;
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    GRANT USAGE ON SCHEMA public TO kinerja_app, kinerja_ro;
    ALTER DEFAULT PRIVILEGES FOR ROLE kinerja_owner IN SCHEMA public
      GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO kinerja_app;
    ALTER DEFAULT PRIVILEGES FOR ROLE kinerja_owner IN SCHEMA public
      GRANT SELECT ON TABLES TO kinerja_ro;`)
})
afterAll(() => {
  cluster.destroy()
})

test('migrations by the owner; the server by a role without DDL rights, and by a read-only one', async () => {
  const { log } = memoryLogger()
  // The server's role cannot migrate: this is what b6defac's server did at every start.
  const asApp = await openDatabase(readConfig({ DATABASE_URL: url('kinerja_app') }), log)
  try {
    await expect(prepareDatabase(asApp, 'demo', log)).rejects.toThrow(/permission denied/)
  } finally {
    await asApp.close()
  }
  const owner = await openDatabase(readConfig({ DATABASE_URL: url('kinerja_owner') }), log)
  try {
    await prepareDatabase(owner, 'demo', log)
  } finally {
    await owner.close()
  }
  for (const role of ['kinerja_app', 'kinerja_ro']) {
    const server = await startTestServer({ DATABASE_URL: url(role), KINERJA_MIGRATE: 'check' })
    try {
      expect((await fetch(`${server.url}/readyz`)).status, role).toBe(200)
      const answer = await fetch(`${server.api}/series?regions=3271&indicators=tpt`)
      expect(answer.status, role).toBe(200)
      await expect(server.db.exec('CREATE TABLE intruder (id int)')).rejects.toThrow(
        /permission denied|read-only/,
      )
      expect(server.logs.filter((l) => l.level === 'error')).toEqual([])
    } finally {
      await server.close()
    }
  }
})

test('a database down at start is tried again with backoff, logged, until it answers', async () => {
  cluster.stop()
  const { log, lines } = memoryLogger()
  let starting: ReturnType<typeof startServer>
  try {
    starting = startServer(
      readConfig({
        DATABASE_URL: url('kinerja_app'),
        PORT: '0',
        HOST: '127.0.0.1',
        KINERJA_STATIC_DIR: 'none',
        KINERJA_DB_TIMEOUT_MS: '1000',
      }),
      log,
    )
    const deadline = Date.now() + 20_000
    while (lines.filter((l) => l.msg?.toString().startsWith('database unreachable')).length < 2) {
      if (Date.now() > deadline) throw new Error('no retry logged')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  } finally {
    cluster.start()
  }
  const running = await starting
  try {
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200)
    const retries = lines.filter((l) => String(l.msg).startsWith('database unreachable'))
    expect(retries[0]).toMatchObject({ level: 'warn', attempt: 1, retryInMs: 500 })
    expect(retries[1]).toMatchObject({ attempt: 2, retryInMs: 1000 })
    expect(lines.some((l) => l.msg === 'database reachable')).toBe(true)
  } finally {
    await running.close()
  }
})

test('a backup taken while serving restores into a fresh database with the same answers', async () => {
  const { log } = memoryLogger()
  const server = await startTestServer({
    DATABASE_URL: url('kinerja_app'),
    KINERJA_MIGRATE: 'check',
  })
  const owner = await openDatabase(readConfig({ DATABASE_URL: url('kinerja_owner') }), log)
  const lines = new PassThrough()
  const chunks: Buffer[] = []
  lines.on('data', (chunk: Buffer) => chunks.push(chunk))
  try {
    const load = Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fetch(`${server.api}/series?parent=${i % 2 ? '3271' : '0000'}`).then((r) => r.status),
      ),
    )
    await writeBackup(owner, lines)
    expect(new Set(await load)).toEqual(new Set([200]))
  } finally {
    await owner.close()
  }
  await sql('CREATE DATABASE restored OWNER kinerja_owner')
  const target = await openDatabase(
    readConfig({ DATABASE_URL: url('kinerja_owner', 'restored') }),
    log,
  )
  try {
    const input = new PassThrough()
    input.end(Buffer.concat(chunks))
    expect((await restoreBackup(target, input)).regions).toBe(7838)
  } finally {
    await target.close()
  }
  await sql(
    'GRANT USAGE ON SCHEMA public TO kinerja_app; GRANT SELECT ON ALL TABLES IN SCHEMA public TO kinerja_app',
    'restored',
  )
  const restored = await startTestServer({
    DATABASE_URL: url('kinerja_app', 'restored'),
    KINERJA_MIGRATE: 'check',
  })
  try {
    for (const path of [
      '/indicators',
      '/regions?q=bogor',
      '/series?regions=3271',
      '/series?parent=0000',
      '/agencies?region=3271',
      '/programs?region=7571',
      '/pj-evaluations?region=3271',
    ]) {
      const [before, after] = await Promise.all(
        [server, restored].map((s) => fetch(`${s.api}${path}`)),
      )
      expect(after!.status, path).toBe(before!.status)
      expect(await after!.json(), path).toEqual(await before!.json())
    }
  } finally {
    await restored.close()
    await server.close()
  }
})

/** One GET on a kept-alive agent: 'answer' (full JSON), 'refused' (no connection), or 'lost'. */
const lostReasons: string[] = []

/**
 * One GET on a kept-alive agent: 'answer' (full JSON), 'refused' (no connection), 'reset' (the
 * connection was reset before any answer: the request was never read, see the count below), or
 * 'lost' (a status other than 200, a cut body).
 */
function attempt(agent: Agent, target: string): Promise<'answer' | 'refused' | 'reset' | 'lost'> {
  return new Promise((resolve) => {
    const req = httpRequest(target, { agent }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        try {
          JSON.parse(Buffer.concat(chunks).toString('utf8'))
          if (res.statusCode !== 200) lostReasons.push(`HTTP ${res.statusCode}`)
          resolve(res.statusCode === 200 ? 'answer' : 'lost')
        } catch {
          lostReasons.push('incomplete body')
          resolve('lost')
        }
      })
      res.on('error', (error) => {
        lostReasons.push(`response: ${error.message}`)
        resolve('lost')
      })
    })
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') resolve('refused')
      else if (error.code === 'ECONNRESET') resolve('reset')
      else {
        lostReasons.push(`request: ${error.code ?? error.message}`)
        resolve('lost')
      }
    })
    req.end()
  })
}

test('the built server stopped with SIGTERM under load answers every request it took, then exits 0', async () => {
  const main = join(ROOT, 'dist-server/main.js')
  if (!existsSync(main)) throw new Error('dist-server/main.js not found: run npm run build first')
  // Migrated by the owner (a no-op after the first test).
  const owner = await openDatabase(
    readConfig({ DATABASE_URL: url('kinerja_owner') }),
    memoryLogger().log,
  )
  await prepareDatabase(owner, 'demo', memoryLogger().log).finally(() => owner.close())
  const port = PORT + 100
  const logFile = join(mkdtempSync(join(tmpdir(), 'kinerja-sigterm-')), 'server.log')
  const { openSync } = await import('node:fs')
  const out = openSync(logFile, 'w')
  const child: ChildProcess = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      DATABASE_URL: url('kinerja_app'),
      PORT: String(port),
      HOST: '127.0.0.1',
      KINERJA_STATIC_DIR: 'none',
      KINERJA_DRAIN_DELAY_MS: '500',
    },
    stdio: ['ignore', out, out],
  })
  try {
    const base = `http://127.0.0.1:${port}`
    for (let i = 0; ; i += 1) {
      const ok = await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
      if (ok) break
      if (i > 200) throw new Error(`the server did not start: ${readFileSync(logFile, 'utf8')}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const paths = [
      '/api/series?parent=0000',
      '/api/series?parent=3271',
      '/api/regions?q=bogor',
      '/api/indicators',
    ]
    const tally = { answer: 0, refused: 0, reset: 0, lost: 0 }
    let stopped = false
    const worker = async (n: number) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 })
      for (let i = 0; ; i += 1) {
        const outcome = await attempt(agent, `${base}${paths[(n + i) % paths.length]}`)
        tally[outcome] += 1
        if (outcome !== 'answer' && stopped) break
        if (outcome === 'refused' && !stopped) throw new Error('refused before SIGTERM')
      }
      agent.destroy()
    }
    const workers = Array.from({ length: 16 }, (_, n) => worker(n))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const before = tally.answer
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    stopped = true
    child.kill('SIGTERM')
    await Promise.all(workers)
    expect(await exited).toBe(0)
    expect(before).toBeGreaterThan(20)
    expect(tally.answer).toBeGreaterThan(before)
    expect(lostReasons).toEqual([])
    expect(tally.lost).toBe(0)
    const log = readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(log.some((l) => l.msg === 'draining: /readyz answers 503')).toBe(true)
    // Every request the server read was answered in full and received: its request lines (all
    // 200, none cut short) are exactly the clients' answers. A reset (a connection arriving in the
    // instant the port closed) carried no request the server had read.
    const served = log.filter((l) => String(l.path).startsWith('/api/'))
    expect(served.filter((l) => l.status !== 200 || l.aborted)).toEqual([])
    expect(served.length).toBe(tally.answer)
    console.log(`SIGTERM under load: ${JSON.stringify(tally)}`)
    expect(log.at(-1)?.msg).toBe('stopped')
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL')
    rmSync(join(logFile, '..'), { recursive: true, force: true })
  }
})
