/**
 * Build steps for the demo's mock API (vite.config.ts). The live build does not import the mock API,
 * so there they do nothing.
 */
import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { runnerImport, type Plugin } from 'vite'
import type { MockData } from '../data/prebuilt'

/** Chunks whose entry module is the demo's mock API (src/app/enable-mocking.ts imports both). */
const MOCK_ENTRY = /(^|[\\/])mocks[\\/]browser\.ts$|virtual:msw$/

type OutputChunk = {
  type: 'chunk'
  fileName: string
  isEntry: boolean
  facadeModuleId: string | null
  imports: string[]
}

/**
 * The demo's index.html asks for the mock API's code beside the app's first chunks
 * (`<link rel="modulepreload" fetchpriority="low">`), instead of once the app's code has run and
 * asked for it: the mock API is on every first request's path, so it should not start a round trip
 * late. Low priority, so the app's own chunks come first on a slow line
 * (docs/decisions/0043-demo-first-load.md).
 */
export function preloadMockApi(): Plugin {
  let base = '/'
  return {
    name: 'kinerja-preload-mock-api',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter(
          (output): output is OutputChunk & typeof output => output.type === 'chunk',
        )
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
        const closure = (roots: ReadonlyArray<OutputChunk>) => {
          const seen = new Set<string>()
          const stack = roots.map((chunk) => chunk.fileName)
          while (stack.length > 0) {
            const file = stack.pop() as string
            if (seen.has(file)) continue
            seen.add(file)
            stack.push(...(byFile.get(file)?.imports ?? []))
          }
          return seen
        }
        const mockRoots = chunks.filter(
          (c) => c.facadeModuleId && MOCK_ENTRY.test(c.facadeModuleId),
        )
        if (mockRoots.length === 0) return []
        // What the entry loads anyway is preloaded by Vite already.
        const first = closure(chunks.filter((c) => c.isEntry))
        return [...closure(mockRoots)]
          .filter((file) => !first.has(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'modulepreload',
              crossorigin: true,
              href: `${base}${file}`,
              fetchpriority: 'low',
            },
            injectTo: 'head' as const,
          }))
      },
    },
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DEV_URL = '/@kinerja/mock-data.json'

/**
 * The demo's data made in Node from the CSVs (data/serialize.ts), as the tests and the server
 * make it: the build runs the same builders through Vite's module runner.
 */
async function serializedMockData(): Promise<string> {
  // The runner must not switch a production build's React to its development build.
  const nodeEnv = process.env.NODE_ENV
  try {
    const { module } = await runnerImport<{ serializeMockData: () => MockData }>(
      `${ROOT}data/serialize.ts`,
      {
        configFile: false,
        logLevel: 'error',
        resolve: { alias: { '@': `${ROOT}src` } },
      },
    )
    return JSON.stringify(module.serializeMockData())
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
}

/**
 * The demo page's mock data prepared at build time (docs/decisions/0043-demo-first-load.md;
 * data/prebuilt.ts): the map of Indonesia, the dataset, the agencies and the programs, which
 * the page used to build from CSVs on its first request (~0.5 s of main thread on a mid-range
 * phone), become one JSON file beside the app (`assets/mock-data-HASH.json`, ~100 KiB gzip),
 * preloaded by the HTML. The page's bundle is built with `import.meta.env.KINERJA_MOCK_DATA` =
 * `prebuilt`, which leaves the CSVs, papaparse and the builders out of it. `npm run dev` serves the
 * same file from memory. Off for the live build and for tests.
 */
export function demoMockData({ enabled }: { enabled: boolean }): Plugin {
  let json: Promise<string> | null = null
  let url = DEV_URL
  let fileName = ''
  return {
    name: 'kinerja-demo-mock-data',
    async config(config, env) {
      if (!enabled) return
      if (env.command === 'build') {
        json = serializedMockData()
        const hash = createHash('sha256')
          .update(await json)
          .digest('base64url')
          .slice(0, 10)
        fileName = `assets/mock-data-${hash}.json`
        url = `${config.base ?? '/'}${fileName}`
      }
    },
    // The page only: code this config runs in Node (the contract's mock API, `ssrLoadModule`)
    // builds the data from the CSVs, as the tests and the server do.
    configEnvironment(name) {
      if (!enabled || name !== 'client') return
      return {
        define: {
          'import.meta.env.KINERJA_MOCK_DATA': JSON.stringify('prebuilt'),
          'import.meta.env.KINERJA_MOCK_DATA_URL': JSON.stringify(url),
        },
      }
    },
    configureServer(server) {
      if (!enabled) return
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== DEV_URL) return next()
        json ??= serializedMockData()
        json.then(
          (body) => {
            response.writeHead(200, {
              'content-type': 'application/json',
              'cache-control': 'no-cache',
            })
            response.end(body)
          },
          (error: unknown) => next(error),
        )
      })
    },
    // At the start, so that later steps see it in the bundle (the briefing's offline shell).
    async buildStart() {
      if (!enabled || !json || this.environment.config.consumer !== 'client') return
      this.emitFile({ type: 'asset', fileName, source: await json })
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!enabled || !context.bundle || !fileName) return []
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: url },
            injectTo: 'head',
          },
        ]
      },
    },
  }
}
