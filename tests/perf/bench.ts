/**
 * `npm run bench`: every performance budget (docs/performance.md; docs/decisions/0013, 0043–0048
 * and 0080) measured on this machine, printed with its median, spread (min–max over the runs) and
 * verdict, and written to bench-report.json. It builds what it needs, serves it on 127.0.0.1, and
 * measures in headless Chromium and Lighthouse 13:
 *
 * - floors: the live build (no mocks) and the floor pages (tests/perf/floor/), served by one static
 *   server whose /api is the demo's MSW handlers run in Node, loaded cold in interleaved pairs. The
 *   scorecard is judged against the shell floor (the app's page shell with empty cards and one
 *   sparkline), with the stack floor (React Router, TanStack Query, the HTTP client and zod) and
 *   the raw floor (React and the sparkline) beside it as physical references; the indicator page's
 *   trend against its floor (React and Recharts) is reported, informative only: Lighthouse mobile
 *   on that page takes precedence (docs/decisions/0080-benchmark-floors-re-based.md);
 * - routes: every route of the live build, cold: first chart, CLS, API requests, JS;
 * - Lighthouse: the demo build (MSW in the page) from a plain gzip static server, and the live build
 *   from the real server (`dist-server`, on a fresh PGlite folder), mobile and desktop;
 * - national scale, demo build under `?scenario=national` (MSW answers in the page, so its work
 *   counts): filter changes on every view, including rankings of every kab/kota of a province and
 *   every kecamatan of a kabupaten, and keystrokes in the region picker (also on the real server);
 * - the server's load run on a throwaway PostgreSQL (tests/perf/load.ts, shorter runs).
 *
 *   node tests/perf/bench.ts [--skip-build] [--only=floors,routes,lighthouse,changes,picker,revisit,load]
 *                            [--floor=scorecard,trend] [--runs=5] [--pairs=11] [--port-base=8300] [--strict]
 *
 * `--floor` measures only the named floor pairs. `--strict` exits 1 when a budget is missed (an
 * informative line never fails it). Timings never run in CI (CI runs check-size.ts only).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { build } from 'vite'
import { findPgBin } from '../../server/testing/pg-cluster.ts'
import { CHROMIUM, CHROMIUM_FLAGS, runLighthouse, type LighthouseRun } from './lighthouse.ts'
import {
  coldLoad,
  measureChanges,
  measureTyping,
  revisitRequests,
  TREND_SELECTOR,
  VIEWPORT,
  type ChangeCase,
  type ChangeReport,
  type KeystrokeReport,
  type Load,
} from './measure.ts'
import { CHART_SELECTOR } from './probe.ts'
import {
  freePort,
  loadMockHandlers,
  ROOT,
  serve,
  startRealServer,
  type MockHandlers,
  type RealServer,
  type Served,
} from './servers.ts'
import { BUDGETS, buildSizes, CHARTS_CHUNK_NAME, kib, KiB } from './sizes.ts'
import {
  median,
  ms,
  msSpread,
  ratioSpread,
  scoreSpread,
  spread,
  table,
  type Spread,
} from './stats.ts'

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

const args = process.argv.slice(2)
const option = (name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? null
const SECTIONS = ['floors', 'routes', 'lighthouse', 'changes', 'picker', 'revisit', 'load'] as const
type Section = (typeof SECTIONS)[number]
const only = option('only')?.split(',') ?? null
for (const name of only ?? []) {
  if (!(SECTIONS as ReadonlyArray<string>).includes(name)) {
    throw new Error(`--only: unknown section "${name}" (${SECTIONS.join(', ')})`)
  }
}
const runs = (section: Section) => !only || only.includes(section)
const FLOOR_PAIRS = ['scorecard', 'trend'] as const
const onlyFloors = option('floor')?.split(',') ?? null
for (const name of onlyFloors ?? []) {
  if (!(FLOOR_PAIRS as ReadonlyArray<string>).includes(name)) {
    throw new Error(`--floor: unknown floor pair "${name}" (${FLOOR_PAIRS.join(', ')})`)
  }
}
const RUNS = Math.max(5, Number(option('runs') ?? 5))
/** Cold loads per floor pair: the ratios are the budgets, so they get more runs. */
const PAIRS = Math.max(RUNS, Number(option('pairs') ?? 11))
const STRICT = args.includes('--strict')
const SKIP_BUILD = args.includes('--skip-build')
process.env.BENCH_PORT_BASE = option('port-base') ?? process.env.BENCH_PORT_BASE ?? ''
const REPORT = join(ROOT, 'bench-report.json')
const REGION = '3271'

const started = Date.now()
const guard = setTimeout(() => {
  console.error('bench: still running after 30 minutes — giving up')
  process.exit(2)
}, 30 * 60_000)
guard.unref()

function log(message: string) {
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`)
}

// ---------------------------------------------------------------------------------------------
// Builds
// ---------------------------------------------------------------------------------------------

async function buildAll(floorDir: string) {
  if (SKIP_BUILD) {
    log('using the existing dist/, dist-live/ and dist-server/ (--skip-build)')
  } else {
    log('building the demo (dist/)')
    await build({ root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir: 'dist' } })
    log('building the live app (dist-live/, VITE_API_MODE=http)')
    process.env.VITE_API_MODE = 'http'
    try {
      await build({
        root: ROOT,
        mode: 'production',
        logLevel: 'warn',
        build: { outDir: 'dist-live' },
      })
    } finally {
      delete process.env.VITE_API_MODE
    }
    log('building the server (dist-server/)')
    await build({
      configFile: join(ROOT, 'server/vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    })
  }
  log('building the floor pages')
  await build({
    configFile: join(ROOT, 'tests/perf/floor/vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: floorDir },
  })
}

// ---------------------------------------------------------------------------------------------
// What is measured
// ---------------------------------------------------------------------------------------------

/** Routes whose first screen has a chart (the others draw theirs as the reader scrolls). */
const CHART_IN_FIRST_SCREEN = ['/', '/indicators/', '/compare', '/briefing', '/agencies/']

const PERIODS = ['2022', '2019', '2024', '2020', '2023']
const TPT_YEARS = ['2021', '2018', '2024', '2020', '2022']

/** Filter changes under ?scenario=national (demo build). */
const NATIONAL_CHANGES: ChangeCase[] = [
  {
    name: 'scorecard: period (no request)',
    path: '/?scenario=national&region=3578',
    change: { kind: 'select', select: '#filter-period', values: PERIODS },
  },
  {
    name: 'scorecard: region (picker, new request)',
    path: '/?scenario=national&region=3578',
    change: {
      kind: 'region',
      values: [
        { type: 'kota banda aceh', name: 'Kota Banda Aceh' },
        { type: 'kota denpasar', name: 'Kota Denpasar' },
        { type: 'kabupaten bogor', name: 'Kabupaten Bogor' },
        { type: 'kota bandung', name: 'Kota Bandung' },
        { type: 'kota makassar', name: 'Kota Makassar' },
      ],
    },
  },
  {
    // The default window (5 years, 60 months): a custom from–to range wins over "as of", so a
    // period change on the 120-month range below would change nothing on the page.
    name: 'inflation, 60 months: period',
    path: '/indicators/inflation?scenario=national&region=3578',
    change: { kind: 'select', select: '#filter-period', values: PERIODS },
  },
  {
    name: 'inflation, 120 months: region (picker)',
    path: '/indicators/inflation?scenario=national&region=3578&from=2016-01&to=2025-12',
    change: {
      kind: 'region',
      values: [
        { type: 'kota medan', name: 'Kota Medan' },
        { type: 'kota denpasar', name: 'Kota Denpasar' },
        { type: 'kota samarinda', name: 'Kota Samarinda' },
        { type: 'kota bandung', name: 'Kota Bandung' },
        { type: 'kota makassar', name: 'Kota Makassar' },
      ],
    },
  },
  {
    name: 'ranking, 38 kab/kota of Jawa Timur: period',
    path: '/indicators/tpt?scenario=national&region=35',
    change: { kind: 'select', select: '#filter-period', values: TPT_YEARS },
    figure: /per wilayah di/,
  },
  {
    name: 'ranking, 47 kecamatan of Kab. Sukabumi: period',
    path: '/indicators/tpt?scenario=national&region=3202',
    change: { kind: 'select', select: '#filter-period', values: TPT_YEARS },
    figure: /per wilayah di/,
  },
  {
    name: 'ranking of kab/kota: province (picker, new request)',
    path: '/indicators/tpt?scenario=national&region=35',
    change: {
      kind: 'region',
      values: [
        { type: 'jawa tengah', name: 'Jawa Tengah' },
        { type: 'sumatera utara', name: 'Sumatera Utara' },
        { type: 'jawa barat', name: 'Jawa Barat' },
        { type: 'jawa timur', name: 'Jawa Timur' },
        { type: 'sulawesi selatan', name: 'Sulawesi Selatan' },
      ],
    },
    figure: /per wilayah di/,
  },
  {
    name: 'compare, 4 regions: period',
    path: '/compare?scenario=national&regions=3578,3201,1171,9471&indicator=inflation',
    change: { kind: 'select', select: '#filter-period', values: PERIODS },
  },
]

/** Typed into the region picker, one key at a time. */
const PICKER_WORDS = ['bogor', 'sukamaju', 'kota ma']

// ---------------------------------------------------------------------------------------------
// Lighthouse
// ---------------------------------------------------------------------------------------------

type LighthouseSummary = {
  build: 'demo' | 'live (real server)'
  route: string
  preset: 'mobile' | 'desktop'
  runs: LighthouseRun[]
  performance: Spread
  accessibility: Spread
  lcp: Spread
  tbt: Spread
  failing: string[]
}

async function lighthouseRuns(
  buildName: LighthouseSummary['build'],
  origin: string,
  route: string,
  preset: 'mobile' | 'desktop',
): Promise<LighthouseSummary> {
  const lhRuns: LighthouseRun[] = []
  for (let i = 0; i < RUNS; i += 1) lhRuns.push(await runLighthouse(`${origin}${route}`, preset))
  const summary: LighthouseSummary = {
    build: buildName,
    route,
    preset,
    runs: lhRuns,
    performance: spread(lhRuns.map((r) => r.performance)),
    accessibility: spread(lhRuns.map((r) => r.accessibility)),
    lcp: spread(lhRuns.map((r) => r.lcp)),
    tbt: spread(lhRuns.map((r) => r.tbt)),
    failing: [...new Set(lhRuns.flatMap((r) => r.failing))],
  }
  log(
    `  lighthouse ${buildName} ${route} ${preset}: perf ${lhRuns.map((r) => r.performance).join(' ')}, a11y ${summary.accessibility.median}`,
  )
  return summary
}

// ---------------------------------------------------------------------------------------------
// The load run
// ---------------------------------------------------------------------------------------------

type LoadSummaryRow = {
  mode: '200' | '304'
  connections: number
  runs: number
  rps: { median: number; min: number; max: number }
  p50: { median: number; min: number; max: number }
  p95: { median: number; min: number; max: number }
  p99: { median: number; min: number; max: number }
  errors: number
}
type LoadReport =
  | { measured: false; reason: string }
  | {
      measured: true
      command: string
      database: string
      startSeconds: number
      summary: LoadSummaryRow[]
      requests: Array<{ name: string; path: string }>
    }

async function loadRun(): Promise<LoadReport> {
  if (!findPgBin()) {
    return {
      measured: false,
      reason:
        'no PostgreSQL binaries (/usr/lib/postgresql/*/bin/initdb): apt-get install -y postgresql, or set KINERJA_PG_BIN',
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-bench-load-'))
  const report = join(dir, 'load-report.json')
  const loadArgs = [
    'tests/perf/load.ts',
    '--duration',
    '3',
    '--runs',
    String(RUNS),
    '--port',
    String(await freePort()),
    '--pg-port',
    String(await freePort()),
    '--report',
    report,
  ]
  try {
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, loadArgs, {
        cwd: ROOT,
        env: process.env,
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      child.stdout.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n')) if (line.trim()) log(`  load: ${line}`)
      })
      child.on('exit', resolve)
    })
    const data = JSON.parse(readFileSync(report, 'utf8')) as {
      database: string
      startSeconds: number
      summary: LoadSummaryRow[]
      requests: Array<{ name: string; path: string }>
    }
    if (code !== 0) log(`  load: exited with ${code} (errors or unexpected statuses)`)
    return { measured: true, command: `node ${loadArgs.join(' ')}`, ...data }
  } catch (error) {
    return { measured: false, reason: `the load run failed: ${String(error)}` }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

/**
 * `ok`: pass, miss, or null when not measured. An `informative` line is measured and reported with
 * the reason it is not judged (a budget that yields to another); it never fails `--strict`.
 */
type Budget = {
  group: string
  name: string
  measured: string
  ok: boolean | null
  informative?: string
}

type RouteReport = {
  route: string
  runs: Load[]
  firstChart: Spread
  jsBeforeChart: number
  jsTotal: number
  rechartsBeforeChart: boolean
  cls: number
  apiRequests: number
}

/** A floor page loaded beside each pair for reference, not judged. */
type FloorAlso = { name: string; path: string }

type FloorReport = {
  id: (typeof FLOOR_PAIRS)[number]
  name: string
  app: Spread
  reference: Spread
  /** The other floors loaded in the same pairs (physical references), with app / floor per pair. */
  also: Array<{ name: string; time: Spread; ratio: Spread; runs: Load[] }>
  /** app / reference per interleaved pair. */
  ratio: Spread
  referenceName: string
  limit: number
  /** Why the ratio is reported but not judged, if it is not. */
  informative: string | null
  appRuns: Load[]
  referenceRuns: Load[]
}

async function main() {
  const loadBefore = loadavg()
  const floorDir = mkdtempSync(join(tmpdir(), 'kinerja-floor-'))
  const closers: Array<() => Promise<void>> = []
  let browser: Browser | undefined
  let mock: MockHandlers | undefined
  const budgets: Budget[] = []
  const budget = (
    group: string,
    name: string,
    measured: string,
    ok: boolean | null,
    informative?: string,
  ) => budgets.push({ group, name, measured, ok, ...(informative ? { informative } : {}) })
  const out: string[] = []
  const json: Record<string, unknown> = {}
  try {
    // Build before anything starts a Vite dev server: that sets NODE_ENV=development, and a build
    // after it would bundle React's development build.
    await buildAll(floorDir)
    mock = await loadMockHandlers()
    const liveSizes = buildSizes(join(ROOT, 'dist-live'))
    const demoSizes = buildSizes(join(ROOT, 'dist'))
    const live: Served = await serve(join(ROOT, 'dist-live'), mock.handlersFor(null))
    const demo: Served = await serve(join(ROOT, 'dist'), null)
    const floor: Served = await serve(floorDir, mock.handlersFor(null))
    closers.push(live.close, demo.close, floor.close)
    // Build the mock dataset once before anything is timed.
    await fetch(`${live.url}/api/series?regions=${REGION}`)
    log(`serving live ${live.url}, demo ${demo.url}, floor ${floor.url}`)
    const launch = () =>
      chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_FLAGS.filter((f) => f !== '--headless'),
      })
    browser = await launch()
    const chromiumVersion = browser.version()

    // ---- floors: interleaved pairs
    const floors: FloorReport[] = []
    if (runs('floors')) {
      log(`floors: ${PAIRS} interleaved cold loads each`)
      const pairs = [
        {
          id: 'scorecard' as const,
          name: '/ scorecard: first chart (a card sparkline)',
          app: `/?region=${REGION}`,
          // The page shell (header, filter bar, heading, empty cards) with the first card's
          // sparkline: the ratio is the cards' own cost (decision 0080).
          reference: `/shell.html?region=${REGION}`,
          referenceName: 'shell floor',
          also: [
            { name: 'stack floor', path: `/stack.html?region=${REGION}` },
            { name: 'raw floor', path: `/sparkline.html?region=${REGION}` },
          ] satisfies FloorAlso[],
          selector: CHART_SELECTOR,
          limit: 1.15,
          informative: null,
        },
        {
          id: 'trend' as const,
          name: '/indicators/tpt: first trend (Recharts)',
          app: `/indicators/tpt?region=${REGION}`,
          reference: `/trend.html?region=${REGION}&indicator=tpt`,
          referenceName: 'its floor',
          also: [] satisfies FloorAlso[],
          selector: TREND_SELECTOR,
          limit: 1.3,
          // Asking for Recharts sooner would close the ratio a little and put Lighthouse mobile on
          // this page under its budget: the phone's score wins (decisions 0044 and 0080).
          informative: 'Lighthouse mobile on /indicators/tpt takes precedence (decision 0080)',
        },
      ].filter((pair) => !onlyFloors || onlyFloors.includes(pair.id))
      for (const pair of pairs) {
        const appRuns: Load[] = []
        const referenceRuns: Load[] = []
        const alsoRuns: Load[][] = pair.also.map(() => [])
        const options = { selector: pair.selector }
        for (let i = 0; i < PAIRS; i += 1) {
          // Alternating which goes first, so that neither always follows the other.
          const order = i % 2 === 0 ? ['app', 'reference'] : ['reference', 'app']
          for (const which of order) {
            if (which === 'app') {
              appRuns.push(await coldLoad(browser, live.url, live.dir, pair.app, options))
            } else {
              referenceRuns.push(
                await coldLoad(browser, floor.url, floor.dir, pair.reference, options),
              )
            }
          }
          for (const [k, also] of pair.also.entries()) {
            alsoRuns[k]?.push(await coldLoad(browser, floor.url, floor.dir, also.path, options))
          }
        }
        const time = (load: Load) => load.firstChart ?? Number.NaN
        const perPair = (loads: Load[]) =>
          spread(appRuns.map((load, i) => time(load) / time(loads[i] as Load)))
        const report: FloorReport = {
          id: pair.id,
          name: pair.name,
          app: spread(appRuns.map(time)),
          reference: spread(referenceRuns.map(time)),
          also: pair.also.map((also, k) => {
            const loads = alsoRuns[k] ?? []
            return {
              name: also.name,
              time: spread(loads.map(time)),
              ratio: perPair(loads),
              runs: loads,
            }
          }),
          ratio: perPair(referenceRuns),
          referenceName: pair.referenceName,
          limit: pair.limit,
          informative: pair.informative,
          appRuns,
          referenceRuns,
        }
        floors.push(report)
        log(
          `  ${pair.name}: app ${msSpread(report.app)}, ${pair.referenceName} ${msSpread(report.reference)}, ratio ${ratioSpread(report.ratio)}`,
        )
      }
      for (const f of floors) {
        budget(
          'first chart',
          `${f.name.split(':')[0]} ≤ ${f.limit} × ${f.referenceName}`,
          `${ratioSpread(f.ratio)} per pair; medians ${ms(f.app.median)} / ${ms(f.reference.median)}`,
          f.ratio.median <= f.limit,
          f.informative ?? undefined,
        )
      }
      json.floors = floors
    }

    // ---- routes
    const routes: RouteReport[] = []
    if (runs('routes')) {
      log(`routes: ${RUNS} cold loads each (live build)`)
      const routePaths = [
        '/',
        ...liveSizes.routes.map((r) => r.route).filter((r) => r.startsWith('/')),
      ]
      for (const route of routePaths) {
        const path = `${route}${route.includes('?') ? '&' : '?'}region=${REGION}`
        const pathname = route.split('?')[0] as string
        const expectChart = CHART_IN_FIRST_SCREEN.some((prefix) =>
          prefix === '/' ? pathname === '/' : pathname.startsWith(prefix),
        )
        const loads: Load[] = []
        for (let i = 0; i < RUNS; i += 1) {
          loads.push(await coldLoad(browser, live.url, live.dir, path, { expectChart }))
        }
        const first = loads[0] as Load
        const report: RouteReport = {
          route,
          runs: loads,
          firstChart: spread(loads.map((l) => l.firstChart ?? Number.NaN)),
          jsBeforeChart: first.files.filter((f) => f.beforeChart).reduce((s, f) => s + f.gzip, 0),
          jsTotal: first.files.reduce((s, f) => s + f.gzip, 0),
          rechartsBeforeChart: first.files.some(
            (f) => f.beforeChart && f.path.includes(`/${CHARTS_CHUNK_NAME}-`),
          ),
          cls: Math.max(...loads.map((l) => l.cls)),
          apiRequests: median(loads.map((l) => l.api.length)),
        }
        routes.push(report)
        log(`  ${route}: first chart ${msSpread(report.firstChart)}`)
      }
      json.routes = routes
    }

    // ---- national scale: filter changes (demo build)
    const changes: Array<ChangeReport & { time: Spread; longestTask: number }> = []
    if (runs('changes')) {
      log(`filter changes under ?scenario=national (demo build), ${RUNS} each`)
      for (const change of NATIONAL_CHANGES) {
        const report = await measureChanges(browser, demo.url, change, RUNS)
        const entry = {
          ...report,
          time: spread(report.runs.map((r) => r.ms)),
          longestTask: Math.max(0, ...report.runs.map((r) => r.longestTask)),
        }
        changes.push(entry)
        log(`  ${change.name}: ${report.runs.map((r) => ms(r.ms)).join(', ')}`)
      }
      for (const c of changes) {
        budget(
          'filter change (national)',
          `${c.name}: paints ≤ 100 ms, no task > 50 ms`,
          `${msSpread(c.time)}; longest task ${c.longestTask > 0 ? ms(c.longestTask) : '< 50 ms'}`,
          c.time.median <= 100 && c.longestTask <= 50,
        )
      }
      json.changes = changes
    }

    // ---- national scale: the region picker
    const picker: Array<{
      build: string
      keystrokes: Array<{ text: string; time: Spread; longestTask: number }>
      raw: KeystrokeReport[][]
    }> = []
    if (runs('picker')) {
      log(`region picker: ${PICKER_WORDS.join(', ')}, ${RUNS} fresh pages each`)
      let real: RealServer | null = null
      try {
        real = await startRealServer(join(ROOT, 'dist-live'))
        closers.push(real.close)
      } catch (error) {
        log(`  the real server did not start: ${String(error)}`)
      }
      const targets = [
        { build: 'demo, ?scenario=national', origin: demo.url, path: '/?scenario=national' },
        ...(real ? [{ build: 'live, real server', origin: real.url, path: '/' }] : []),
      ]
      for (const target of targets) {
        const raw: KeystrokeReport[][] = []
        for (let i = 0; i < RUNS; i += 1) {
          raw.push(await measureTyping(browser, target.origin, target.path, PICKER_WORDS))
        }
        const texts = raw[0]?.map((k) => k.text) ?? []
        const keystrokes = texts.map((text) => {
          const all = raw.flatMap((r) => r.filter((k) => k.text === text))
          return {
            text,
            time: spread(all.map((k) => k.result.ms)),
            longestTask: Math.max(0, ...all.map((k) => k.result.longestTask)),
          }
        })
        picker.push({ build: target.build, keystrokes, raw })
        log(
          `  ${target.build}: ${keystrokes.map((k) => `"${k.text}" ${ms(k.time.median)}`).join(', ')}`,
        )
        const worst = [...keystrokes].sort((a, b) => b.time.median - a.time.median)[0]
        const longest = Math.max(0, ...keystrokes.map((k) => k.longestTask))
        budget(
          'region picker (national)',
          `${target.build}: matches shown ≤ 50 ms per keystroke`,
          worst
            ? `slowest keystroke "${worst.text}" ${msSpread(worst.time)}; all ${keystrokes.length} medians ${ms(Math.min(...keystrokes.map((k) => k.time.median)))}–${ms(worst.time.median)}`
            : 'not measured',
          !!worst && worst.time.median <= 50,
        )
        budget(
          'region picker (national)',
          `${target.build}: no task > 50 ms while typing`,
          longest > 0 ? `longest ${ms(longest)}` : 'none ≥ 50 ms',
          longest <= 50,
        )
      }
      json.picker = picker
      if (real) {
        await real.close()
        closers.splice(closers.indexOf(real.close), 1)
      }
    }

    // ---- revisit
    let revisit: number | null = null
    if (runs('revisit')) {
      log('revisit check (demo build)')
      revisit = await revisitRequests(browser, demo.url)
      json.revisitRequests = revisit
    }
    await browser.close()
    browser = undefined

    // ---- Lighthouse
    const lighthouse: LighthouseSummary[] = []
    if (runs('lighthouse')) {
      log(`lighthouse: ${RUNS} runs per row, ~12–20 s a run`)
      const lhRoutes = [`/?region=${REGION}`, `/indicators/tpt?region=${REGION}`]
      for (const route of lhRoutes) {
        for (const preset of ['mobile', 'desktop'] as const) {
          lighthouse.push(await lighthouseRuns('demo', demo.url, route, preset))
        }
      }
      const real = await startRealServer(join(ROOT, 'dist-live'))
      try {
        for (const route of lhRoutes) {
          for (const preset of ['mobile', 'desktop'] as const) {
            lighthouse.push(await lighthouseRuns('live (real server)', real.url, route, preset))
          }
        }
      } finally {
        await real.close()
      }
      const limits = {
        demo: { mobile: 90, desktop: 99 },
        'live (real server)': { mobile: 95, desktop: 99 },
      } as const
      for (const l of lighthouse) {
        const limit = limits[l.build][l.preset]
        budget(
          'Lighthouse',
          `${l.build} ${l.route.split('?')[0]} ${l.preset}: performance ≥ ${limit}`,
          scoreSpread(l.performance),
          l.performance.median >= limit,
        )
      }
      const liveLh = lighthouse.filter((l) => l.build === 'live (real server)')
      budget(
        'Lighthouse',
        'live (real server): accessibility 100 on every row',
        liveLh
          .map((l) => `${l.route.split('?')[0]} ${l.preset} ${l.accessibility.median}`)
          .join(', '),
        liveLh.every((l) => l.accessibility.median === 100),
      )
      json.lighthouse = lighthouse
    }

    // ---- the server under load
    let load: LoadReport | null = null
    if (runs('load')) {
      log('server load run on a throwaway PostgreSQL (tests/perf/load.ts)')
      load = await loadRun()
      budget(
        'server',
        'load figures on real PostgreSQL (p50/p95/p99, req/s at 1/16/64 connections)',
        load.measured
          ? `reported below; ${load.summary.reduce((n, r) => n + r.errors, 0)} errors`
          : `not measured: ${load.reason}`,
        load.measured ? load.summary.every((r) => r.errors === 0) : null,
      )
      json.load = load
    }

    // ---- earlier budgets (docs/decisions/0013-chunks-and-performance-budgets.md)
    const scorecard = routes.find((r) => r.route === '/')
    budget(
      'earlier (decision 0013)',
      `scorecard JS before its first chart ≤ ${BUDGETS.entryKiB} KiB gzip, no Recharts`,
      scorecard
        ? `${kib(scorecard.jsBeforeChart)} KiB, Recharts ${scorecard.rechartsBeforeChart ? 'loaded' : 'not loaded'}`
        : `entry ${kib(liveSizes.entry.js)} KiB (manifest)`,
      scorecard
        ? scorecard.jsBeforeChart <= BUDGETS.entryKiB * KiB && !scorecard.rechartsBeforeChart
        : liveSizes.entry.js <= BUDGETS.entryKiB * KiB,
    )
    const heaviest = [...liveSizes.routes].sort((a, b) => b.js - a.js)[0]
    budget(
      'earlier (decision 0013)',
      `every route's JS ≤ ${BUDGETS.routeKiB} KiB gzip (manifest)`,
      heaviest ? `heaviest ${heaviest.route} ${kib(heaviest.js)} KiB` : '—',
      liveSizes.routes.every((r) => r.js <= BUDGETS.routeKiB * KiB),
    )
    if (routes.length > 0) {
      const worstCls = Math.max(...routes.map((r) => r.cls))
      budget(
        'earlier (decision 0013)',
        'CLS ≤ 0.01 on every route',
        `worst ${worstCls.toFixed(3)}`,
        worstCls <= 0.01,
      )
      budget(
        'earlier (decision 0013)',
        'scorecard first load ≤ 3 API requests',
        `${scorecard?.apiRequests ?? '—'}`,
        !!scorecard && scorecard.apiRequests <= 3,
      )
    }
    if (revisit !== null) {
      budget(
        'earlier (decision 0013)',
        'a revisited view makes no request',
        `${revisit} requests`,
        revisit === 0,
      )
    }
    json.budgets = budgets
    json.sizes = { live: liveSizes, demo: demoSizes }

    // ---- print
    const loadAfter = loadavg()
    const cpu = cpus()
    const avg = (l: number[]) => l.map((n) => n.toFixed(2)).join(' / ')
    out.push(
      `Kinerja benchmark — ${new Date().toISOString()} — npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
      `Machine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? '?'}), Node ${process.version}, Chromium ${chromiumVersion}, viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
      `Load average (1 / 5 / 15 min): before ${avg(loadBefore)}; after ${avg(loadAfter)}`,
      `Every time is the median of its runs with (min–max, n); ratios are taken per interleaved pair.`,
    )
    if (floors.length > 0) {
      out.push(
        '',
        `First chart against the floors (live build, /api = the demo's handlers over HTTP; ${PAIRS} interleaved cold loads)`,
        table([
          ['chart', 'app', 'reference', 'app / reference', 'other floors (physical references)'],
          ...floors.map((f) => [
            f.name,
            msSpread(f.app),
            `${f.referenceName} ${msSpread(f.reference)}`,
            `${ratioSpread(f.ratio)}${f.informative ? ' (informative)' : ''}`,
            f.also
              .map((a) => `${a.name} ${msSpread(a.time)}, app ×${a.ratio.median.toFixed(2)}`)
              .join('; ') || '—',
          ]),
        ]),
        "Shell floor: the app's layout (header, filter bar, footer), stylesheet and start-up, the page heading",
        'and one empty card per indicator, the first with the same sparkline. Stack floor: the sparkline through',
        "React Router, TanStack Query, the app's HTTP client and zod. Raw floor: the request and chart with React",
        "only. The indicator page's floor is React + Recharts; its ratio is reported, not judged (decision 0080).",
      )
    }
    if (routes.length > 0) {
      out.push(
        '',
        `Routes, live build, region ${REGION} (${RUNS} cold loads; JS = gzip -9 KiB loaded before the first chart)`,
        table([
          ['route', 'first chart', 'JS before', 'JS total', 'Recharts before', 'CLS', 'API req'],
          ...routes.map((r) => [
            r.route,
            msSpread(r.firstChart),
            kib(r.jsBeforeChart),
            kib(r.jsTotal),
            r.rechartsBeforeChart ? 'yes' : 'no',
            r.cls.toFixed(3),
            String(r.apiRequests),
          ]),
        ]),
        '— in "first chart": no chart in the first screen; the page draws its charts as the reader scrolls to them.',
        `Demo build: the mock API adds ${kib(demoSizes.mock.js)} KiB of JS (${demoSizes.mock.chunks.map((c) => c.name).join(', ')}), its data ${kib(demoSizes.mock.data)} KiB (JSON) and the worker ${kib(demoSizes.mock.worker)} KiB, all outside the first chunk's closure.`,
      )
    }
    if (lighthouse.length > 0) {
      out.push(
        '',
        `Lighthouse 13 (${RUNS} runs each; demo: dist/ from a gzip static server; live: dist-live/ from the real server on PGlite)`,
        table([
          [
            'build route preset',
            'performance',
            'a11y',
            'LCP',
            'TBT',
            'not passing (a11y, best practices)',
          ],
          ...lighthouse.map((l) => [
            `${l.build} ${l.route.split('?')[0]} ${l.preset}`,
            scoreSpread(l.performance),
            String(l.accessibility.median),
            msSpread(l.lcp),
            msSpread(l.tbt),
            l.failing.join(', ') || '—',
          ]),
        ]),
      )
    }
    if (changes.length > 0) {
      out.push(
        '',
        `Filter changes under ?scenario=national (demo build: MSW answers in the page, so its work counts; ${RUNS} changes each)`,
        table([
          ['view: change', 'change → painted', 'longest task'],
          ...changes.map((c) => [
            c.name,
            msSpread(c.time),
            c.longestTask > 0 ? ms(c.longestTask) : '< 50 ms',
          ]),
        ]),
      )
    }
    if (picker.length > 0) {
      out.push(
        '',
        `Region picker: keydown → the list for the text typed, painted (${RUNS} fresh pages; words ${PICKER_WORDS.map((w) => `"${w}"`).join(', ')})`,
      )
      for (const p of picker) {
        out.push(
          `  ${p.build}:`,
          table([
            ['typed', 'keystroke → matches shown', 'longest task'],
            ...p.keystrokes.map((k) => [
              `"${k.text}"`,
              msSpread(k.time),
              k.longestTask > 0 ? ms(k.longestTask) : '< 50 ms',
            ]),
          ])
            .split('\n')
            .map((line) => `    ${line}`)
            .join('\n'),
        )
      }
    }
    if (load) {
      out.push('', 'Server load run (tests/perf/load.ts; national dataset, ≈312,000 figures)')
      if (load.measured) {
        const f = (s: { median: number; min: number; max: number }, d = 1) =>
          `${s.median.toFixed(d)} (${s.min.toFixed(d)}–${s.max.toFixed(d)})`
        out.push(
          `  ${load.command}; PostgreSQL (${load.database}), server ready in ${load.startSeconds.toFixed(1)} s; ${load.requests.length} requests in rotation; client, server and database share the CPUs`,
          table([
            ['answers', 'connections', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'],
            ...load.summary.map((r) => [
              r.mode === '200' ? '200 (full JSON, br)' : '304 (If-None-Match)',
              String(r.connections),
              f(r.rps, 0),
              f(r.p50),
              f(r.p95),
              f(r.p99),
              String(r.errors),
            ]),
          ])
            .split('\n')
            .map((line) => `  ${line}`)
            .join('\n'),
        )
      } else {
        out.push(`  not measured: ${load.reason}`)
      }
    }
    if (revisit !== null)
      out.push('', `Revisit (/ → /indicators/tpt → back → forward, demo): ${revisit} API requests`)
    out.push('', 'Budgets')
    out.push(
      table(
        [
          ['', 'budget', 'measured', 'verdict'],
          ...budgets.map((b) => [
            b.group,
            b.name,
            b.measured,
            b.informative
              ? `ℹ informative, ${b.ok ? 'within' : 'over'} its limit: ${b.informative}`
              : b.ok === null
                ? '— not measured'
                : b.ok
                  ? '✔ pass'
                  : '✘ MISS',
          ]),
        ],
        ['l', 'l', 'l', 'l'],
      ),
      '',
      `Load average (1 min) before ${loadBefore[0]?.toFixed(2)}, after ${loadAfter[0]?.toFixed(2)}; ${cpu.length} CPUs. ` +
        `Report: ${REPORT} — ${((Date.now() - started) / 1000).toFixed(0)} s`,
    )
    console.log(out.join('\n'))
    writeFileSync(
      REPORT,
      `${JSON.stringify(
        {
          generatedAt: new Date().toISOString(),
          command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
          machine: {
            cpus: cpu.length,
            model: cpu[0]?.model,
            node: process.version,
            chromium: chromiumVersion,
            loadBefore,
            loadAfter,
          },
          units: { js: 'bytes, gzip level 9 of the built files', time: 'ms' },
          ...json,
          seconds: (Date.now() - started) / 1000,
        },
        null,
        2,
      )}\n`,
    )
    if (STRICT && budgets.some((b) => b.ok === false && !b.informative)) process.exitCode = 1
  } finally {
    await browser?.close()
    for (const close of closers.reverse()) await close().catch(() => undefined)
    await mock?.close()
    rmSync(floorDir, { recursive: true, force: true })
  }
}

await main()
