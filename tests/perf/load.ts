/**
 * `npm run bench:load`: a load run of Kinerja's national queries on real PostgreSQL.
 *
 * Starts a throwaway PostgreSQL cluster (server/testing/pg-cluster.ts; or uses DATABASE_URL, which
 * must name an empty database or one holding the national dataset), starts the built server on it
 * with `KINERJA_DATASET=national` (≈312,000 synthetic figures: ten years of monthly inflation and
 * yearly indicators for the nation, 38 provinces and 514 kab/kota, yearly ones for 7,285
 * kecamatan), then runs autocannon against a mix of the queries a national view makes:
 *
 * - `/regions?q=…` (the picker, several texts), `/regions?parent=32` (a province's kab/kota);
 * - `/series?parent=32&indicators=tpt` (every kab/kota of a province);
 * - `/series?parent=3201&indicators=tpt` (the 40 kecamatan of Kabupaten Bogor);
 * - `/series?regions=<10 kab/kota>&indicators=inflation` (ten years monthly, 1,200 figures);
 *
 * and, as a set of its own, the heaviest answer of all: `/series?parent=0000` (every indicator of
 * the 38 provinces, ≈2.3 MB of JSON) — the national view's first request;
 *
 * at 1, 16 and 64 connections, several runs each, with `Accept-Encoding: br, gzip` as a browser
 * sends, first asking for full answers (200), then revalidating them (`If-None-Match`, 304).
 * Prints p50/p95/p99 latency and requests per second (median and min–max over the runs), the
 * server's memory (RSS sampled every 250 ms: peak and at the end) and the load average before
 * and after. When the build has a migration command (`dist-server/migrate.js`, issue 22) it runs
 * first (it loads the dataset), then the server starts; an older build migrates as it starts. Client and server share this machine's cores, so the figures are
 * a floor for a dedicated server, not a ceiling. Never part of `npm test`.
 *
 *   node tests/perf/load.ts [--duration 10] [--runs 3] [--connections 1,16,64] [--modes 200,304]
 *                           [--sets mix,national] [--port 8153] [--pg-port 8152]
 *                           [--report load-report.json] [--root DIR]
 *
 * `--root` runs the server build of another checkout (a worktree of an older commit, to measure
 * before and after on the same machine).
 *
 * `npm run bench` runs it too (shorter runs), and prints the same table in its report.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { startPgCluster, type PgCluster } from '../../server/testing/pg-cluster.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback
}

const DURATION = Number(flag('duration', '10'))
const RUNS = Number(flag('runs', '3'))
const CONNECTIONS = flag('connections', '1,16,64').split(',').map(Number)
const PORT = Number(flag('port', '8153'))
const PG_PORT = Number(flag('pg-port', '8152'))
const MODES = flag('modes', '200,304')
  .split(',')
  .filter((m): m is '200' | '304' => m === '200' || m === '304')
const REPORT = flag('report', `${ROOT}load-report.json`)
const SERVER_ROOT = flag('root', ROOT)
const SETS = flag('sets', 'mix,national')
  .split(',')
  .filter((s): s is RequestSet => s === 'mix' || s === 'national')
const BASE = `http://127.0.0.1:${PORT}`

type Request = { name: string; path: string }
type RequestSet = 'mix' | 'national'

const SEARCHES = [
  'bogor',
  'aceh selatan',
  'jawa',
  'kec sukamaju',
  'an',
  'kota ma',
  'tanjung',
  'sumber',
]

async function json<T>(path: string): Promise<T> {
  const response = await fetch(`${BASE}${path}`)
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
  return (await response.json()) as T
}

const NATIONAL: Request[] = [{ name: 'series?parent=0000', path: '/api/series?parent=0000' }]

async function requestMix(): Promise<Request[]> {
  // Ten kab/kota of Jawa Timur, for ten years of monthly inflation.
  const { regions } = await json<{ regions: Array<{ code: string }> }>('/api/regions?parent=35')
  const ten = regions.slice(0, 10).map((r) => r.code)
  return [
    ...SEARCHES.map((q) => ({
      name: 'regions?q',
      path: `/api/regions?q=${encodeURIComponent(q)}`,
    })),
    { name: 'regions?parent=32', path: '/api/regions?parent=32' },
    { name: 'series?parent=32&indicators=tpt', path: '/api/series?parent=32&indicators=tpt' },
    { name: 'series?parent=3201&indicators=tpt', path: '/api/series?parent=3201&indicators=tpt' },
    {
      name: 'series?regions=10×&indicators=inflation',
      path: `/api/series?regions=${ten.join(',')}&indicators=inflation`,
    },
  ]
}

type RunResult = {
  set: RequestSet
  connections: number
  mode: '200' | '304'
  run: number
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  errors: number
  unexpected: number
}

function percentile(sorted: ReadonlyArray<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

async function measure(
  set: RequestSet,
  requests: ReadonlyArray<Request>,
  etags: ReadonlyMap<string, string> | null,
  connections: number,
  run: number,
): Promise<RunResult> {
  const latencies: number[] = []
  let unexpected = 0
  const expected = etags ? 304 : 200
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: BASE,
        connections,
        duration: DURATION,
        requests: requests.map((r) => ({
          method: 'GET' as const,
          path: r.path,
          headers: {
            'accept-encoding': 'br, gzip',
            ...(etags ? { 'if-none-match': etags.get(r.path) ?? '' } : {}),
          },
        })),
      },
      (error: unknown, done: autocannon.Result) =>
        error
          ? reject(error instanceof Error ? error : new Error(JSON.stringify(error)))
          : resolve(done),
    )
    instance.on('response', (_client, status, _bytes, time) => {
      latencies.push(time)
      if (status !== expected) unexpected += 1
    })
  })
  latencies.sort((a, b) => a - b)
  return {
    set,
    connections,
    mode: etags ? '304' : '200',
    run,
    requests: latencies.length,
    rps: latencies.length / DURATION,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    unexpected,
  }
}

function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

const fmt = (n: number, digits = 1) => n.toFixed(digits)
const spread = (values: number[], digits = 1) =>
  `${fmt(median(values), digits)} (${fmt(Math.min(...values), digits)}–${fmt(Math.max(...values), digits)})`

/** Ready: /readyz where the build has it, else /healthz (an older build). */
async function waitForServer(child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 300_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    const status = await fetch(`${BASE}/readyz`)
      .then((r) => r.status)
      .catch(() => 0)
    const ok =
      status === 200 ||
      (status === 404 &&
        (await fetch(`${BASE}/healthz`)
          .then((r) => r.ok)
          .catch(() => false)))
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('the server did not start within 5 minutes')
}

/** The resident memory of a process, in MiB (Linux), or NaN. */
function rssOf(pid: number | undefined, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  if (pid === undefined) return Number.NaN
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kib = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1])
    return kib / 1024
  } catch {
    return Number.NaN
  }
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: SERVER_ROOT,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    )
  })
}

let cluster: PgCluster | null = null
let server: ChildProcess | null = null
const cleanup = () => {
  server?.kill('SIGTERM')
  cluster?.destroy()
}
process.on('SIGINT', () => {
  cleanup()
  process.exit(130)
})

try {
  const databaseUrl = process.env.DATABASE_URL ?? (cluster = startPgCluster(PG_PORT)).url
  const env = {
    ...process.env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    KINERJA_DATASET: 'national',
    KINERJA_STATIC_DIR: 'none',
    KINERJA_LOG_LEVEL: 'warn',
  }
  const started = performance.now()
  const migrator = `${SERVER_ROOT}/dist-server/migrate.js`
  if (existsSync(migrator)) await runNode([migrator], env)
  const migrateSeconds = (performance.now() - started) / 1000
  server = spawn(process.execPath, ['dist-server/main.js'], {
    cwd: SERVER_ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  await waitForServer(server)
  const startSeconds = (performance.now() - started) / 1000 - migrateSeconds
  const pid = server.pid
  const rssAtStart = rssOf(pid)
  let rssPeak = rssAtStart
  const sampler = setInterval(() => {
    const now = rssOf(pid)
    if (now > rssPeak) rssPeak = now
  }, 250)

  const sets: Record<RequestSet, Request[]> = { mix: await requestMix(), national: NATIONAL }
  const etags = new Map<string, string>()
  for (const r of [...sets.mix, ...sets.national]) {
    const response = await fetch(`${BASE}${r.path}`, { headers: { 'accept-encoding': 'br' } })
    etags.set(r.path, response.headers.get('etag') ?? '')
    await response.arrayBuffer()
  }
  // Warm up (connections, plans, the catalogue cache) before measuring.
  for (const set of SETS) await measure(set, sets[set], null, 4, 0)

  const loadBefore = loadavg()
  const results: RunResult[] = []
  for (const set of SETS) {
    for (const mode of MODES) {
      for (const connections of CONNECTIONS) {
        for (let run = 1; run <= RUNS; run += 1) {
          const result = await measure(
            set,
            sets[set],
            mode === '304' ? etags : null,
            connections,
            run,
          )
          results.push(result)
          console.log(
            `  ${set} ${mode} c=${connections} run ${run}: ${fmt(result.rps, 0)} req/s, p50 ${fmt(result.p50)} ms, p95 ${fmt(result.p95)} ms, p99 ${fmt(result.p99)} ms` +
              (result.errors || result.unexpected
                ? `, ${result.errors} errors, ${result.unexpected} unexpected statuses`
                : ''),
          )
        }
      }
    }
  }
  const loadAfter = loadavg()
  clearInterval(sampler)
  const rssAtEnd = rssOf(pid)
  const rssHighWater = rssOf(pid, 'VmHWM')

  console.log(
    `\nKinerja load run (${SERVER_ROOT === ROOT ? 'this checkout' : SERVER_ROOT}): national dataset on PostgreSQL (${process.env.DATABASE_URL ? 'DATABASE_URL' : 'throwaway cluster'}), ` +
      `${DURATION} s × ${RUNS} runs per row, ${cpus().length} cores shared by client and server; ` +
      `dataset loaded in ${fmt(migrateSeconds)} s by the migration command, server ready ${fmt(startSeconds)} s after`,
  )
  console.log(
    '\n| requests | answers | connections | req/s median (min–max) | p50 ms | p95 ms | p99 ms | errors |',
  )
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |')
  const summary = []
  for (const set of SETS) {
    for (const mode of MODES) {
      for (const connections of CONNECTIONS) {
        const rows = results.filter(
          (r) => r.set === set && r.mode === mode && r.connections === connections,
        )
        console.log(
          `| ${set === 'mix' ? `mix of ${sets.mix.length}` : 'series?parent=0000'} | ${mode === '200' ? '200 (full JSON, br)' : '304 (If-None-Match)'} | ${connections} | ${spread(
            rows.map((r) => r.rps),
            0,
          )} | ` +
            `${spread(rows.map((r) => r.p50))} | ${spread(rows.map((r) => r.p95))} | ${spread(rows.map((r) => r.p99))} | ` +
            `${rows.reduce((n, r) => n + r.errors + r.unexpected, 0)} |`,
        )
        const of = (key: 'rps' | 'p50' | 'p95' | 'p99') => {
          const values = rows.map((r) => r[key])
          return { median: median(values), min: Math.min(...values), max: Math.max(...values) }
        }
        summary.push({
          set,
          mode,
          connections,
          runs: rows.length,
          rps: of('rps'),
          p50: of('p50'),
          p95: of('p95'),
          p99: of('p99'),
          errors: rows.reduce((n, r) => n + r.errors + r.unexpected, 0),
        })
      }
    }
  }
  const memory = { atStart: rssAtStart, peak: Math.max(rssPeak, rssHighWater), atEnd: rssAtEnd }
  console.log(
    `\nserver memory (RSS, MiB): ${fmt(memory.atStart, 0)} when ready, ${fmt(memory.peak, 0)} at peak, ${fmt(memory.atEnd, 0)} at the end`,
  )
  console.log(
    `load average before: ${loadBefore.map((n) => fmt(n, 2)).join(' ')}; after: ${loadAfter.map((n) => fmt(n, 2)).join(' ')}`,
  )
  writeFileSync(
    REPORT,
    JSON.stringify(
      {
        database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'throwaway cluster',
        serverRoot: SERVER_ROOT,
        duration: DURATION,
        runs: RUNS,
        requests: [...sets.mix, ...sets.national],
        migrateSeconds,
        startSeconds,
        memory,
        loadBefore,
        loadAfter,
        summary,
        results,
      },
      null,
      2,
    ),
  )
  console.log(`wrote ${REPORT}`)
  const failures = results.reduce((n, r) => n + r.errors + r.unexpected, 0)
  cleanup()
  process.exit(failures > 0 ? 1 : 0)
} catch (error) {
  console.error(error)
  cleanup()
  process.exit(1)
}
