/**
 * `npm run bench`: builds the demo, the live build and the floor pages, serves them on 127.0.0.1,
 * measures them in headless Chromium and Lighthouse, prints a table and writes bench-report.json.
 *
 * What runs where (README, decision "Chunks and performance budgets"):
 * - live build (dist-live/, no mocks) + the demo's mock handlers answering /api over HTTP: initial
 *   JS per route, time to first chart against the floor, Lighthouse (/ and /indicators/tpt only, to
 *   keep the run short), first-load API requests. This is what a city deploys.
 * - demo build (dist/, MSW in the page): the same loads with the mock chunks counted apart, the
 *   `?scenario=national` filter changes, the revisit check, and Lighthouse on / once, for reference.
 * - floor (tests/perf/floor/): the same request and the same chart component with nothing else.
 *
 *   node tests/perf/bench.ts [--skip-build] [--no-lighthouse] [--strict]
 *
 * `--strict` exits 1 when a budget is missed; timings never run in CI (see check-size.ts for that).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { build } from 'vite'
import {
  CHROMIUM,
  CHROMIUM_FLAGS,
  runLighthouse,
  type LighthouseRun,
  type Preset,
} from './lighthouse.ts'
import {
  CHART_SELECTOR,
  installLoadProbe,
  timeChange,
  type ChangeResult,
  type LoadProbe,
} from './probe.ts'
import { loadMockHandlers, ROOT, serve, type MockHandlers, type Served } from './servers.ts'
import {
  BUDGETS,
  buildSizes,
  CHARTS_CHUNK_NAME,
  gzipBytes,
  kib,
  KiB,
  type BuildSizes,
} from './sizes.ts'

const flags = new Set(process.argv.slice(2))
const STRICT = flags.has('--strict')
const LIGHTHOUSE = !flags.has('--no-lighthouse')
const REPORT = join(ROOT, 'bench-report.json')
const VIEWPORT = { width: 1366, height: 900 }
const REGION = '3271'
/** Runs per cold load: medians of these. */
const RUNS = { route: 3, floorPair: 5, lighthouse: 3 }

const started = Date.now()
const guard = setTimeout(() => {
  console.error('bench: still running after 9 minutes — giving up')
  process.exit(2)
}, 9 * 60_000)
guard.unref()

function log(message: string) {
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`)
}

function median(values: ReadonlyArray<number>): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—')

// ---------------------------------------------------------------------------------------------
// Builds
// ---------------------------------------------------------------------------------------------

async function buildAll(floorDir: string) {
  if (flags.has('--skip-build')) {
    log('using the existing dist/ and dist-live/ (--skip-build)')
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
// Cold loads
// ---------------------------------------------------------------------------------------------

type LoadedFile = { path: string; gzip: number; beforeChart: boolean }

type Load = {
  url: string
  firstChart: number | null
  cls: number
  longestTask: number
  /** The API requests of the load, path and query. */
  api: string[]
  files: LoadedFile[]
}

/** Routes whose first screen has a chart (the others draw theirs as the reader scrolls). */
const CHART_IN_FIRST_SCREEN = ['/', '/indicators/', '/compare', '/briefing', '/agencies/']

async function coldLoad(browser: Browser, served: Served, path: string): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    await context.addInitScript(installLoadProbe, CHART_SELECTOR)
    const page = await context.newPage()
    const api: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname.startsWith('/api/')) api.push(`${url.pathname}${url.search}`)
    })
    const url = `${served.url}${path}`
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 })
    const pathname = new URL(url).pathname
    const expectChart = CHART_IN_FIRST_SCREEN.some((prefix) =>
      prefix === '/' ? pathname === '/' : pathname.startsWith(prefix),
    )
    await page
      .waitForFunction(() => window.__benchLoad?.firstChart != null, null, {
        timeout: expectChart ? 15_000 : 3_000,
      })
      .catch(() => undefined)
    await page.waitForTimeout(600) // late requests and layout shifts
    const probe = await page.evaluate(() => ({
      load: window.__benchLoad as LoadProbe,
      resources: performance
        .getEntriesByType('resource')
        .map((e) => ({ name: e.name, end: (e as PerformanceResourceTiming).responseEnd })),
    }))
    const firstChart = probe.load.firstChart
    const origin = new URL(served.url).origin
    const files = probe.resources
      .filter((r) => r.name.startsWith(origin) && new URL(r.name).pathname.endsWith('.js'))
      .map((r) => {
        const file = new URL(r.name).pathname.slice(1)
        return {
          path: file,
          gzip: gzipBytes(served.dir, file),
          beforeChart: firstChart === null || r.end <= firstChart,
        }
      })
    return {
      url: path,
      firstChart,
      cls: probe.load.layoutShift,
      longestTask: Math.max(0, ...probe.load.longTasks.map((t) => t.duration)),
      api,
      files,
    }
  } finally {
    await context.close()
  }
}

// ---------------------------------------------------------------------------------------------
// Filter changes under ?scenario=national, and the revisit check
// ---------------------------------------------------------------------------------------------

type ChangeCase = {
  name: string
  path: string
  select: string
  values: string[]
  /** A figure to scroll to first, so its chart (drawn only near the viewport) is on screen. */
  figure?: RegExp
}

const NATIONAL_CHANGES: ChangeCase[] = [
  {
    name: 'scorecard: period (no request)',
    path: '/?scenario=national&region=3578',
    select: '#filter-period',
    values: ['2022', '2019', '2024', '2020', '2023'],
  },
  {
    name: 'scorecard: region (new request)',
    path: '/?scenario=national&region=3578',
    select: '#filter-region',
    values: ['1171', '9471', '3201', '5171', '3273'],
  },
  {
    // The default window (5 years, 60 months): a custom from–to range wins over "as of", so a
    // period change on the 120-month range below would change nothing on the page.
    name: 'inflation, 60 months: period',
    path: '/indicators/inflation?scenario=national&region=3578',
    select: '#filter-period',
    values: ['2022', '2019', '2024', '2020', '2023'],
  },
  {
    name: 'inflation, 120 months: region',
    path: '/indicators/inflation?scenario=national&region=3578&from=2016-01&to=2025-12',
    select: '#filter-region',
    values: ['1171', '9471', '6471', '5171', '3273'],
  },
  {
    name: 'breakdown, 40 kecamatan: period',
    path: '/indicators/tpt?scenario=national&region=3201',
    select: '#filter-period',
    values: ['2021', '2018', '2024', '2020', '2022'],
    figure: /per wilayah di/,
  },
  {
    name: 'compare, 4 regions: period',
    path: '/compare?scenario=national&regions=3578,3201,1171,9471&indicator=inflation',
    select: '#filter-period',
    values: ['2022', '2019', '2024', '2020', '2023'],
  },
]

type ChangeReport = {
  name: string
  runs: ChangeResult[]
  medianMs: number
  worstMs: number
  longestTask: number
}

async function openAndWait(browser: Browser, served: Served, path: string) {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript(installLoadProbe, CHART_SELECTOR)
  const page = await context.newPage()
  await page.goto(`${served.url}${path}`, { waitUntil: 'load', timeout: 30_000 })
  await page.waitForFunction(() => window.__benchLoad?.firstChart != null, null, {
    timeout: 20_000,
  })
  await page.waitForTimeout(400)
  return { context, page }
}

async function measureChanges(browser: Browser, demo: Served): Promise<ChangeReport[]> {
  const reports: ChangeReport[] = []
  for (const change of NATIONAL_CHANGES) {
    const { context, page } = await openAndWait(browser, demo, change.path)
    try {
      if (change.figure) {
        const figure = page.getByRole('figure', { name: change.figure })
        await figure.scrollIntoViewIfNeeded()
        await figure.locator(CHART_SELECTOR).first().waitFor({ timeout: 15_000 })
        await page.waitForTimeout(400)
      }
      const runs: ChangeResult[] = []
      for (const value of change.values) {
        runs.push(await timeChange(page, () => page.selectOption(change.select, value)))
      }
      reports.push({
        name: change.name,
        runs,
        medianMs: median(runs.map((r) => r.ms)),
        worstMs: Math.max(...runs.map((r) => r.ms)),
        longestTask: Math.max(...runs.map((r) => r.longestTask)),
      })
      log(`  ${change.name}: ${runs.map((r) => `${Math.round(r.ms)} ms`).join(', ')}`)
    } finally {
      await context.close()
    }
  }
  return reports
}

/** Scorecard → indicator page → back to the scorecard → forward: requests on the revisits. */
async function revisitRequests(browser: Browser, served: Served): Promise<number> {
  const { context, page } = await openAndWait(browser, served, `/?region=${REGION}`)
  try {
    const chart = (p: Page) => p.locator(CHART_SELECTOR).first().waitFor({ timeout: 15_000 })
    await page.getByRole('article', { name: /TPT/ }).getByRole('link', { name: 'TPT' }).click()
    await page.locator('path.recharts-line-curve').first().waitFor({ timeout: 15_000 })
    await page.waitForTimeout(400)
    let requests = 0
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) requests += 1
    })
    await page.goBack()
    await chart(page)
    await page.goForward()
    await page.locator('path.recharts-line-curve').first().waitFor({ timeout: 15_000 })
    await page.waitForTimeout(400)
    return requests
  } finally {
    await context.close()
  }
}

// ---------------------------------------------------------------------------------------------
// Lighthouse
// ---------------------------------------------------------------------------------------------

type LighthouseSummary = {
  build: 'live' | 'demo'
  route: string
  preset: Preset
  runs: LighthouseRun[]
  median: Omit<LighthouseRun, 'failing'>
  failing: string[]
}

async function lighthouseMedian(
  buildName: 'live' | 'demo',
  served: Served,
  route: string,
  preset: Preset,
  count: number,
): Promise<LighthouseSummary> {
  const runs: LighthouseRun[] = []
  for (let i = 0; i < count; i += 1) runs.push(await runLighthouse(`${served.url}${route}`, preset))
  const pick = (key: keyof Omit<LighthouseRun, 'failing'>) => median(runs.map((r) => r[key]))
  const summary: LighthouseSummary = {
    build: buildName,
    route,
    preset,
    runs,
    median: {
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      lcp: pick('lcp'),
      cls: pick('cls'),
      tbt: pick('tbt'),
      fcp: pick('fcp'),
    },
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  }
  log(
    `  lighthouse ${buildName} ${route} ${preset}: perf ${summary.median.performance}, a11y ${summary.median.accessibility}, bp ${summary.median.bestPractices}`,
  )
  return summary
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

type RouteReport = {
  route: string
  live: {
    runs: Load[]
    firstChartMs: number
    jsBeforeChart: number
    jsTotal: number
    rechartsLoaded: boolean
  }
  demo: { firstChartMs: number; appJs: number; mockJs: number; workerJs: number } | null
  cls: number
  apiRequests: number
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? []
  return rows
    .map((r, index) => {
      const line = r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ')
      return index === 0 ? `${line}\n${widths.map((w) => '─'.repeat(w)).join('  ')}` : line
    })
    .join('\n')
}

async function main() {
  const floorDir = mkdtempSync(join(tmpdir(), 'kinerja-floor-'))
  const servers: Served[] = []
  let browser: Browser | undefined
  let mock: MockHandlers | undefined
  try {
    // Build before anything starts a Vite dev server: that sets NODE_ENV=development, and a build
    // after it would bundle React's development build.
    await buildAll(floorDir)
    mock = await loadMockHandlers()
    const liveSizes: BuildSizes = buildSizes(join(ROOT, 'dist-live'))
    const demoSizes: BuildSizes = buildSizes(join(ROOT, 'dist'))
    const mockFiles = new Set(demoSizes.mock.chunks.map((c) => c.file))

    const live = await serve(join(ROOT, 'dist-live'), mock.handlersFor(null))
    const demo = await serve(join(ROOT, 'dist'), null)
    const floor = await serve(floorDir, mock.handlersFor(null))
    servers.push(live, demo, floor)
    // Build the mock dataset once before anything is timed.
    await fetch(`${live.url}/api/series?regions=${REGION}`)
    log(`serving live ${live.url}, demo ${demo.url}, floor ${floor.url}`)

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS.filter((f) => f !== '--headless'),
    })

    // Routes: the scorecard and every lazy page the build has a URL for.
    const routePaths = [
      '/',
      ...liveSizes.routes.map((r) => r.route).filter((r) => r.startsWith('/')),
    ]
    const routes: RouteReport[] = []
    for (const route of routePaths) {
      const path = `${route}${route.includes('?') ? '&' : '?'}region=${REGION}`
      const runs: Load[] = []
      for (let i = 0; i < RUNS.route; i += 1) runs.push(await coldLoad(browser, live, path))
      const first = runs[0] as Load
      const jsBefore = first.files.filter((f) => f.beforeChart).reduce((s, f) => s + f.gzip, 0)
      const demoLoad = await coldLoad(browser, demo, path)
      const demoBefore = demoLoad.files.filter((f) => f.beforeChart)
      routes.push({
        route,
        live: {
          runs,
          firstChartMs: median(runs.map((r) => r.firstChart ?? Number.NaN)),
          jsBeforeChart: jsBefore,
          jsTotal: first.files.reduce((s, f) => s + f.gzip, 0),
          rechartsLoaded: first.files.some(
            (f) => f.beforeChart && f.path.includes(`/${CHARTS_CHUNK_NAME}-`),
          ),
        },
        demo: {
          firstChartMs: demoLoad.firstChart ?? Number.NaN,
          appJs: demoBefore.filter((f) => !mockFiles.has(f.path)).reduce((s, f) => s + f.gzip, 0),
          mockJs: demoBefore.filter((f) => mockFiles.has(f.path)).reduce((s, f) => s + f.gzip, 0),
          workerJs: demoSizes.mock.worker,
        },
        cls: Math.max(demoLoad.cls, ...runs.map((r) => r.cls)),
        apiRequests: first.api.length,
      })
      log(
        `  ${route}: first chart ${ms(median(runs.map((r) => r.firstChart ?? Number.NaN)))}, ${kib(jsBefore)} KiB JS`,
      )
    }

    log('floor pages')
    const floorPairs: Array<{
      name: string
      route: string
      floorPath: string
      stackPath?: string
    }> = [
      {
        name: 'scorecard sparkline',
        route: '/',
        floorPath: `/sparkline.html?region=${REGION}`,
        // For reference: the same chart through the stack the app is built on (tests/perf/floor/stack.tsx).
        stackPath: `/stack.html?region=${REGION}`,
      },
      {
        name: 'indicator trend (Recharts)',
        route: '/indicators/tpt',
        floorPath: `/trend.html?region=${REGION}&indicator=tpt`,
      },
    ]
    const floors = []
    for (const pair of floorPairs) {
      // App and floor alternate, so both see the same machine (other processes, thermal state).
      const runs: Load[] = []
      const appRuns: Load[] = []
      const stackRuns: Load[] = []
      for (let i = 0; i < RUNS.floorPair; i += 1) {
        appRuns.push(await coldLoad(browser, live, `${pair.route}?region=${REGION}`))
        runs.push(await coldLoad(browser, floor, pair.floorPath))
        if (pair.stackPath) stackRuns.push(await coldLoad(browser, floor, pair.stackPath))
      }
      const floorMs = median(runs.map((r) => r.firstChart ?? Number.NaN))
      const appMs = median(appRuns.map((r) => r.firstChart ?? Number.NaN))
      const stackMs =
        stackRuns.length > 0 ? median(stackRuns.map((r) => r.firstChart ?? Number.NaN)) : null
      floors.push({
        ...pair,
        appMs,
        floorMs,
        ratio: appMs / floorMs,
        stackMs,
        floorJs: (runs[0]?.files ?? [])
          .filter((f) => f.beforeChart)
          .reduce((s, f) => s + f.gzip, 0),
        runs,
        appRuns,
        stackRuns,
      })
      log(
        `  ${pair.name}: app ${ms(appMs)}, floor ${ms(floorMs)}${stackMs === null ? '' : `, stack floor ${ms(stackMs)}`}`,
      )
    }

    log('filter changes under ?scenario=national (demo build)')
    const changes = await measureChanges(browser, demo)
    log('revisit check (demo build)')
    const revisit = await revisitRequests(browser, demo)
    await browser.close()
    browser = undefined

    const lighthouse: LighthouseSummary[] = []
    if (LIGHTHOUSE) {
      log('lighthouse (this is the long part: ~12 s a run)')
      for (const route of ['/', '/indicators/tpt']) {
        for (const preset of ['mobile', 'desktop'] as const) {
          lighthouse.push(
            await lighthouseMedian(
              'live',
              live,
              `${route}?region=${REGION}`,
              preset,
              RUNS.lighthouse,
            ),
          )
        }
      }
      for (const preset of ['mobile', 'desktop'] as const) {
        lighthouse.push(await lighthouseMedian('demo', demo, `/?region=${REGION}`, preset, 1))
      }
    }

    // ---- budgets
    const scorecard = routes.find((r) => r.route === '/')
    const budgets: Array<{ name: string; ok: boolean; actual: string }> = []
    const budget = (name: string, ok: boolean, actual: string) => budgets.push({ name, ok, actual })
    budget(
      `scorecard initial JS ≤ ${BUDGETS.entryKiB} KiB gzip, Recharts not loaded`,
      !!scorecard &&
        scorecard.live.jsBeforeChart <= BUDGETS.entryKiB * KiB &&
        !scorecard.live.rechartsLoaded,
      scorecard
        ? `${kib(scorecard.live.jsBeforeChart)} KiB, Recharts ${scorecard.live.rechartsLoaded ? 'loaded' : 'not loaded'}`
        : 'not measured',
    )
    const heaviest = [...routes].sort((a, b) => b.live.jsTotal - a.live.jsTotal)[0]
    budget(
      `every route's JS ≤ ${BUDGETS.routeKiB} KiB gzip`,
      routes.every((r) => r.live.jsTotal <= BUDGETS.routeKiB * KiB),
      heaviest ? `heaviest ${heaviest.route} ${kib(heaviest.live.jsTotal)} KiB` : '—',
    )
    const liveLh = lighthouse.filter((l) => l.build === 'live')
    if (liveLh.length > 0) {
      const of = (preset: Preset) => liveLh.filter((l) => l.preset === preset)
      budget(
        'Lighthouse mobile performance ≥ 95',
        of('mobile').every((l) => l.median.performance >= 95),
        of('mobile')
          .map((l) => `${l.route.split('?')[0]} ${l.median.performance}`)
          .join(', '),
      )
      budget(
        'Lighthouse desktop performance ≥ 99',
        of('desktop').every((l) => l.median.performance >= 99),
        of('desktop')
          .map((l) => `${l.route.split('?')[0]} ${l.median.performance}`)
          .join(', '),
      )
      budget(
        'Lighthouse accessibility 100',
        liveLh.every((l) => l.median.accessibility === 100),
        `min ${Math.min(...liveLh.map((l) => l.median.accessibility))}`,
      )
    }
    const worstCls = Math.max(...routes.map((r) => r.cls), ...liveLh.map((l) => l.median.cls))
    budget('CLS ≤ 0.01', worstCls <= 0.01, `worst ${worstCls.toFixed(3)}`)
    const slowest = Math.max(...changes.map((c) => c.medianMs))
    const longest = Math.max(...changes.map((c) => c.longestTask))
    budget(
      'filter change paints in ≤ 100 ms (median per change, national)',
      slowest <= 100,
      `slowest median ${ms(slowest)}`,
    )
    budget(
      'no task over 50 ms during a filter change (national)',
      longest <= 50,
      longest > 0 ? `longest ${ms(longest)}` : 'none ≥ 50 ms',
    )
    budget('a revisited view makes no request', revisit === 0, `${revisit} requests`)
    budget(
      'scorecard first load ≤ 3 API requests',
      !!scorecard && scorecard.apiRequests <= 3,
      `${scorecard?.apiRequests ?? '—'} requests`,
    )
    budget(
      'time to first chart ≤ 1.3 × floor',
      floors.every((f) => f.ratio <= 1.3),
      floors.map((f) => `${f.route} ${f.ratio.toFixed(2)}×`).join(', '),
    )

    // ---- print
    const out: string[] = []
    out.push(
      `Kinerja benchmark — ${new Date().toISOString()} — ${cpus().length} CPUs, Chromium at ${CHROMIUM}, desktop viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
      '',
      'Routes (region=3271). JS = gzip -9 KiB of the JS loaded before the first chart; live build = no mocks.',
    )
    out.push(
      table([
        [
          'route',
          'JS live',
          'of which Recharts',
          'JS demo app',
          '+ mock',
          '+ worker',
          'first chart live',
          'first chart demo',
          'CLS',
          'API req',
        ],
        ...routes.map((r) => [
          r.route,
          kib(r.live.jsBeforeChart),
          r.live.rechartsLoaded ? 'yes' : 'no',
          kib(r.demo?.appJs ?? 0),
          kib(r.demo?.mockJs ?? 0),
          kib(r.demo?.workerJs ?? 0),
          ms(r.live.firstChartMs),
          ms(r.demo?.firstChartMs ?? Number.NaN),
          r.cls.toFixed(3),
          String(r.apiRequests),
        ]),
      ]),
      '— in "first chart": no chart in the first screen; the page draws its charts as the reader scrolls to them.',
      '',
      `Floor: the same /api request and chart component, nothing else (live server, median of ${RUNS.floorPair} alternating runs)`,
      table([
        ['chart', 'app', 'floor', 'app / floor', 'floor JS KiB', 'stack floor', 'stack / floor'],
        ...floors.map((f) => [
          `${f.route} ${f.name}`,
          ms(f.appMs),
          ms(f.floorMs),
          `${f.ratio.toFixed(2)}×`,
          kib(f.floorJs),
          f.stackMs === null ? '—' : ms(f.stackMs),
          f.stackMs === null ? '—' : `${(f.stackMs / f.floorMs).toFixed(2)}×`,
        ]),
      ]),
      "Stack floor (reference, no budget): the same chart through React Router, TanStack Query and the app's HTTP client and zod schema, nothing else of the app.",
    )
    if (lighthouse.length > 0) {
      out.push(
        '',
        `Lighthouse 13 (median of ${RUNS.lighthouse} on the live build; the demo build once, for reference)`,
        table([
          [
            'build route preset',
            'perf',
            'a11y',
            'best pr.',
            'FCP',
            'LCP',
            'TBT',
            'CLS',
            'not passing (a11y, best practices)',
          ],
          ...lighthouse.map((l) => [
            `${l.build} ${l.route.split('?')[0]} ${l.preset}`,
            String(l.median.performance),
            String(l.median.accessibility),
            String(l.median.bestPractices),
            ms(l.median.fcp),
            ms(l.median.lcp),
            ms(l.median.tbt),
            l.median.cls.toFixed(3),
            l.failing.join(', ') || '—',
          ]),
        ]),
      )
    }
    out.push(
      '',
      'Filter changes under ?scenario=national (demo build: MSW answers in the page, so its work counts too)',
      table([
        ['change', 'median', 'worst', 'longest task'],
        ...changes.map((c) => [
          c.name,
          ms(c.medianMs),
          ms(c.worstMs),
          c.longestTask > 0 ? ms(c.longestTask) : '< 50 ms',
        ]),
      ]),
      '',
      `Revisit (/ → /indicators/tpt → back → forward, demo): ${revisit} API requests`,
      '',
      'Budgets',
      ...budgets.map((b) => `  ${b.ok ? '✔' : '✘'} ${b.name}: ${b.actual}`),
      '',
      `Report: ${REPORT} — ${((Date.now() - started) / 1000).toFixed(0)} s`,
    )
    console.log(out.join('\n'))

    const strip = (load: Load) => ({
      ...load,
      files: load.files.map((f) => ({ ...f, gzip: f.gzip })),
    })
    writeFileSync(
      REPORT,
      `${JSON.stringify(
        {
          generatedAt: new Date().toISOString(),
          machine: { cpus: cpus().length, chromium: CHROMIUM, node: process.version },
          units: { js: 'bytes, gzip level 9 of the built files', time: 'ms' },
          budgets,
          sizes: { live: liveSizes, demo: demoSizes },
          routes: routes.map((r) => ({ ...r, live: { ...r.live, runs: r.live.runs.map(strip) } })),
          floors: floors.map((f) => ({
            ...f,
            runs: f.runs.map(strip),
            appRuns: f.appRuns.map(strip),
            stackRuns: f.stackRuns.map(strip),
          })),
          lighthouse,
          nationalChanges: changes,
          revisitRequests: revisit,
          seconds: (Date.now() - started) / 1000,
        },
        null,
        2,
      )}\n`,
    )
    if (STRICT && budgets.some((b) => !b.ok)) process.exitCode = 1
  } finally {
    await browser?.close()
    for (const server of servers) await server.close()
    await mock?.close()
    rmSync(floorDir, { recursive: true, force: true })
  }
}

await main()
