/**
 * What each route of a build loads, read from Vite's manifest (`build.manifest: true` writes
 * `<outDir>/.vite/manifest.json`). Shared by `npm run check:size` and `npm run bench`.
 *
 * A route's JavaScript is the entry chunk with everything it imports statically, plus the route's
 * lazy page module with everything *that* imports statically, plus the chart modules every page
 * loads beside it (CHART_MODULES, with Recharts). Other dynamic imports are not followed, so
 * the demo's mock API (`virtual:msw`, `mocks/browser.ts`, imported dynamically by
 * src/app/enable-mocking.ts and absent from the live build) is never counted; it is reported apart.
 * Sizes are gzip level 9 of the files on disk, in KiB (1024 bytes).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export type ManifestChunk = {
  file: string
  name?: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
export type Manifest = Record<string, ManifestChunk>

/** Lazy page modules → the URL the bench opens for them (others are shown by module path). */
export const ROUTE_URLS: Readonly<Record<string, string>> = {
  'src/features/indicators/indicator-page.tsx': '/indicators/tpt',
  'src/features/compare/compare-page.tsx': '/compare',
  'src/features/agencies/agencies-page.tsx': '/agencies',
  'src/features/agencies/agency-page.tsx': '/agencies/3271-dinkes',
  'src/features/programs/programs-page.tsx': '/programs',
  'src/features/briefing/briefing-page.tsx': '/briefing',
  'src/features/briefing/presenter/presenter-page.tsx': '/briefing/presenter',
  'src/features/about/about-page.tsx': '/about',
}

/**
 * Modules loaded only when a reader asks (the briefing's PowerPoint export and its library):
 * not a route, listed apart like the mock API.
 */
export const ON_DEMAND_MODULES = ['src/features/briefing/export/pptx.ts'] as const

/**
 * The line-chart implementation, loaded apart from the pages (src/components/charts/chart-slot.tsx)
 * once a chart's place has painted. Counted in every lazy page's JS, as any of them may need it.
 */
export const CHART_MODULES = ['src/components/charts/recharts-trend.tsx'] as const

/** Text only Recharts' own code contains (its ResponsiveContainer class name). */
export const RECHARTS_MARKER = 'recharts-responsive-container'
/** The named chunk vite.config.ts puts Recharts in. */
export const CHARTS_CHUNK_NAME = 'charts'

export const KiB = 1024

/** JS budgets, gzip KiB: the scorecard's initial JS and any route's (docs/decisions/0013-chunks-and-performance-budgets.md). */
export const BUDGETS = { entryKiB: 150, routeKiB: 300 } as const

export function readManifest(dir: string): Manifest {
  const path = join(dir, '.vite', 'manifest.json')
  if (!existsSync(path)) {
    throw new Error(
      `${path} not found: build first (\`npm run build\`), with build.manifest: true in vite.config.ts`,
    )
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest
}

const gzipCache = new Map<string, number>()

/** gzip -9 size of a file of the build, in bytes. */
export function gzipBytes(dir: string, file: string): number {
  const path = join(dir, file)
  let size = gzipCache.get(path)
  if (size === undefined) {
    size = gzipSync(readFileSync(path), { level: 9 }).length
    gzipCache.set(path, size)
  }
  return size
}

/** Manifest keys reachable from `keys` through static imports. */
export function staticClosure(manifest: Manifest, keys: ReadonlyArray<string>): Set<string> {
  const seen = new Set<string>()
  const stack = [...keys]
  while (stack.length > 0) {
    const key = stack.pop() as string
    if (seen.has(key)) continue
    const chunk = manifest[key]
    if (!chunk) throw new Error(`manifest has no chunk ${key}`)
    seen.add(key)
    stack.push(...(chunk.imports ?? []))
  }
  return seen
}

export type ChunkInfo = { key: string; file: string; name: string; gzip: number }

export type RouteLoad = {
  /** `/` for the entry, else the lazy module's URL (or its path when the bench has no URL). */
  route: string
  /** The lazy page module, null for the entry. */
  module: string | null
  chunks: ChunkInfo[]
  /** gzip bytes of all JS the route loads (entry closure included). */
  js: number
  /** gzip bytes of the CSS those chunks bring. */
  css: number
}

export type BuildSizes = {
  dir: string
  entry: RouteLoad
  routes: RouteLoad[]
  /** Demo only: the mock API's chunks (not in the live build). */
  mock: { chunks: ChunkInfo[]; js: number; worker: number; data: number }
  /** Loaded on request (ON_DEMAND_MODULES), with what it adds to its route. */
  onDemand: RouteLoad[]
}

function chunkInfo(dir: string, manifest: Manifest, key: string): ChunkInfo {
  const chunk = manifest[key] as ManifestChunk
  return {
    key,
    file: chunk.file,
    name: chunk.name ?? key,
    gzip: chunk.file.endsWith('.js') ? gzipBytes(dir, chunk.file) : 0,
  }
}

function load(
  dir: string,
  manifest: Manifest,
  route: string,
  module: string | null,
  keys: Set<string>,
): RouteLoad {
  const chunks = [...keys]
    .map((key) => chunkInfo(dir, manifest, key))
    .sort((a, b) => b.gzip - a.gzip)
  const cssFiles = new Set([...keys].flatMap((key) => manifest[key]?.css ?? []))
  return {
    route,
    module,
    chunks,
    js: chunks.reduce((sum, c) => sum + c.gzip, 0),
    css: [...cssFiles].reduce((sum, file) => sum + gzipBytes(dir, file), 0),
  }
}

/** The JS (and CSS) each route of the build in `dir` loads. */
export function buildSizes(dir: string): BuildSizes {
  const manifest = readManifest(dir)
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry)
  if (!entryKey) throw new Error(`${dir}: the manifest has no entry`)
  const entryKeys = staticClosure(manifest, [entryKey])
  const charts = CHART_MODULES.filter((key) => manifest[key])
  const lazy = Object.keys(manifest).filter(
    (key) =>
      manifest[key]?.isDynamicEntry &&
      manifest[key]?.src?.startsWith('src/') &&
      !charts.includes(key as (typeof CHART_MODULES)[number]) &&
      !ON_DEMAND_MODULES.includes(key as (typeof ON_DEMAND_MODULES)[number]),
  )
  const routes = lazy.map((key) => {
    const keys = new Set([...entryKeys, ...staticClosure(manifest, [key, ...charts])])
    return load(dir, manifest, ROUTE_URLS[key] ?? key, key, keys)
  })
  const mockRoots = Object.keys(manifest).filter(
    (key) => manifest[key]?.isDynamicEntry && !manifest[key]?.src?.startsWith('src/'),
  )
  const mockKeys = [...staticClosure(manifest, mockRoots)].filter((key) => !entryKeys.has(key))
  const mockChunks = mockKeys.map((key) => chunkInfo(dir, manifest, key))
  const worker = existsSync(join(dir, 'mockServiceWorker.js'))
    ? gzipBytes(dir, 'mockServiceWorker.js')
    : 0
  const onDemand = ON_DEMAND_MODULES.filter((key) => manifest[key]).map((key) => {
    const keys = [...staticClosure(manifest, [key])].filter((k) => !entryKeys.has(k))
    return load(dir, manifest, key, key, new Set(keys))
  })
  return {
    dir,
    onDemand,
    entry: load(dir, manifest, '/', null, entryKeys),
    routes,
    mock: {
      chunks: mockChunks,
      js: mockChunks.reduce((sum, c) => sum + c.gzip, 0),
      worker,
      // The demo's data, prepared at build time (vite-plugins/demo-data.ts), fetched beside the app.
      data: existsSync(join(dir, 'assets'))
        ? readdirSync(join(dir, 'assets'))
            .filter((name) => /^mock-data-[\w-]+\.json$/.test(name))
            .reduce((sum, name) => sum + gzipBytes(dir, `assets/${name}`), 0)
        : 0,
    },
  }
}

/** Whether Recharts is in a set of chunks: by the named chunk, or by its code. */
export function rechartsIn(dir: string, chunks: ReadonlyArray<ChunkInfo>): string[] {
  return chunks
    .filter(
      (c) =>
        c.name === CHARTS_CHUNK_NAME ||
        (c.file.endsWith('.js') &&
          readFileSync(join(dir, c.file), 'utf8').includes(RECHARTS_MARKER)),
    )
    .map((c) => c.file)
}

export function kib(bytes: number): string {
  return (bytes / KiB).toFixed(1)
}
