/// <reference types="vitest/config" />
import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { msw } from 'msw/vite'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { demoMockData, preloadMockApi } from './vite-plugins/demo-data.ts'
import { serviceWorker } from './vite-plugins/service-worker.ts'
import { designTokens } from './vite-plugins/design-tokens.ts'

const src = fileURLToPath(new URL('./src', import.meta.url))
/** The demo build's stand-in for MSW's public-suffix list (mocks/tldts-lite.ts). */
const tldtsLite = fileURLToPath(new URL('./mocks/tldts-lite.ts', import.meta.url))

/**
 * Named chunks (docs/decisions/0013-chunks-and-performance-budgets.md), claimed in priority order so a
 * later group never pulls an earlier one's modules into itself: `vendor` (React, the router,
 * TanStack Query: every page), `charts` (Recharts and its own dependencies: chart routes only),
 * `core` (app code the scorecard and the pages share), `pages` (app code only lazy pages share).
 * `npm run check:size` fails if Recharts reaches the entry.
 */
const CHUNK_GROUPS = [
  {
    name: 'vendor',
    // react-is is shared by Recharts and downshift: here, so neither chunk pulls in the other.
    test: /node_modules[\\/](react|react-dom|react-is|scheduler|react-router|@tanstack[\\/](query-core|react-query))[\\/]/,
    priority: 5,
  },
  {
    name: 'charts',
    test: /node_modules[\\/](recharts|d3-[^\\/]+|internmap|victory-vendor|@reduxjs[\\/]toolkit|redux|redux-thunk|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant|use-sync-external-store|clsx)[\\/]/,
    priority: 4,
  },
  {
    // What the scorecard and the pages share: the data layer, i18n, the pure rules, the filters,
    // and each page's queries.ts (the routes' loaders, which the entry runs: one chunk, not one
    // sub-kilobyte request per page). Claimed before `pages`, so that group never pulls it in (nor
    // itself into the entry).
    name: 'core',
    // The English dictionaries stay out (fetched when a page asks for English), and so do the
    // briefing's own (src/i18n/briefing-deck-*, loaded with its route).
    test: /node_modules[\\/]zod[\\/]|[\\/]src[\\/](api|config|domain)[\\/]|[\\/]src[\\/]i18n[\\/](?![\w-]+-en\.ts|briefing-deck-|about-)|[\\/]src[\\/]components[\\/](ui[\\/]|reading[\\/]|charts[\\/](chart-slot|sparkline))|[\\/]src[\\/]analysis[\\/](readings|export-rows)\.|[\\/]src[\\/]filters[\\/](filters|use-filters|use-region|filter-bar|url-notices|period-options|region-picker|region-breadcrumb)\.|[\\/]src[\\/]deck[\\/]deck-store\.|[\\/]src[\\/]features[\\/][\w-]+[\\/]queries\./,
    priority: 3,
  },
  {
    // The app code only lazy pages share (chart frames, analysis, range controls…): one chunk
    // instead of a dozen sub-kilobyte ones, each a request and, on a phone, a round trip.
    name: 'pages',
    // View models used by one page (the slides, compare's, the indicator page's) live in that
    // feature and load with its route.
    test: /[\\/]src[\\/](components[\\/](charts[\\/](?!recharts-)|tables[\\/])|analysis[\\/]|filters[\\/](?!region-combobox)|deck[\\/])/,
    priority: 1,
  },
  {
    // The region combobox (downshift): fetched when the page is idle or the field is focused,
    // never part of the first load (src/filters/region-picker.tsx). Claimed after vendor and
    // core, so it holds only downshift and the combobox, not the shared modules they use.
    name: 'picker',
    test: /node_modules[\\/](downshift|compute-scroll-into-view|prop-types|@babel[\\/]runtime)[\\/]|[\\/]src[\\/]filters[\\/]region-combobox\./,
    priority: 2,
  },
]

/**
 * A strict Content-Security-Policy in the built index.html: no inline script but WARM_INTL, no eval, and
 * `connect-src` limited to this origin plus the API's. Workers only from this origin: the
 * briefing's service worker (`/sw.js`, which in the demo also carries MSW's).
 */
function apiTarget(mode: string) {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  return {
    live: (process.env.VITE_API_MODE ?? env.VITE_API_MODE) === 'http',
    base: process.env.VITE_API_BASE_URL ?? env.VITE_API_BASE_URL ?? '/api',
  }
}

/**
 * The browser's first Intl formatter loads its locale data (15–25 ms of main thread here, several
 * times that on a phone), and the first page needs one for every figure. This inline script pays
 * that while the JavaScript is still downloading — the main thread is idle then — instead of during
 * the first render. It sits right after `<meta charset>`, ahead of the stylesheet: a script after a
 * stylesheet waits for it, and at the end of <body> it ran once the CSS was in, often still running
 * when the modules had arrived (docs/decisions/0043-demo-first-load.md). Its hash
 * is the only inline script the CSP allows.
 */
const WARM_INTL = `new Intl.NumberFormat('id-ID').format(1);new Intl.DateTimeFormat('id-ID',{month:'long'}).format(0)`
const WARM_INTL_HASH = `'sha256-${createHash('sha256').update(WARM_INTL).digest('base64')}'`

function warmIntl(): Plugin {
  return {
    name: 'kinerja-warm-intl',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          /<meta charset="[^"]*" *\/?>/i,
          (meta) => `${meta}\n    <script>${WARM_INTL}</script>`,
        ),
    },
  }
}

function contentSecurityPolicy(mode: string): Plugin {
  const { base } = apiTarget(mode)
  const apiOrigin = /^https?:\/\//.test(base) ? new URL(base).origin : null
  const policy = [
    "default-src 'self'",
    `script-src 'self' ${WARM_INTL_HASH}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
  return {
    name: 'kinerja-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * The live build asks for the resource every page needs (/indicators) from the HTML, while the
 * JavaScript downloads; the app's own fetch then takes the preloaded response. (Regions are asked
 * for by code, children or search since contract v2: a bare /regions is a 400.) The demo build
 * cannot: its mock API starts with the app.
 */
function preloadApi(mode: string): Plugin {
  const { live, base } = apiTarget(mode)
  return {
    name: 'kinerja-preload-api',
    apply: 'build',
    transformIndexHtml: () =>
      live
        ? ['/indicators'].map((path) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'fetch',
              crossorigin: 'anonymous',
              href: `${base}${path}`,
            },
            injectTo: 'head' as const,
          }))
        : [],
  }
}

export default defineConfig(({ mode, command }) => ({
  plugins: [
    designTokens(),
    react(),
    msw(),
    serviceWorker({ mock: !apiTarget(mode).live }),
    contentSecurityPolicy(mode),
    preloadApi(mode),
    warmIntl(),
    preloadMockApi(),
    demoMockData({ enabled: !apiTarget(mode).live && mode !== 'test' && !process.env.VITEST }),
  ],
  resolve: {
    alias: [
      { find: '@', replacement: src },
      // The demo build's mock API only (tests and the dev server keep tldts): ~100 KiB gzip less.
      ...(command === 'build' ? [{ find: /^tldts$/, replacement: tldtsLite }] : []),
    ],
  },
  // Found only once the app asks for the mock API: listed, so the first `npm run dev` does not
  // reload the page to re-bundle dependencies.
  optimizeDeps: { include: ['msw/browser'] },
  build: {
    target: 'es2023',
    sourcemap: false,
    // dist/.vite/manifest.json: what each route loads, read by `npm run check:size` and the bench.
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    restoreMocks: true,
    // A bound for a whole test on a busy machine, above the 10 s a findBy waits (tests/setup.ts).
    testTimeout: 30_000,
    // Test files share a worker's module cache: the app's modules, MSW and the mock dataset are
    // loaded and built once per worker, not once per file (at b6defac, setup and environment
    // took most of the unit run's time): docs/decisions/0068-npm-test-in-half-the-time.md.
    // Each file still gets its own DOM, mock server handlers, storage and query client
    // (tests/setup.ts); a test that changes a module's state puts it back.
    isolate: false,
    // One worker per core (Vitest's default leaves one core idle), shared by the three projects.
    maxWorkers: '100%',
    projects: [
      {
        // Pure rules and the dataset: plain Node, no DOM (a file that needs one says so with
        // `// @vitest-environment jsdom`).
        extends: true,
        test: {
          name: 'pure',
          include: [
            'src/**/*.test.ts',
            'data/**/*.test.ts',
            'mocks/**/*.test.ts',
            'vite-plugins/**/*.test.ts',
            // The lint's own probes (ESLint and dpdm in Node).
            'tests/lint/*.test.ts',
          ],
          environment: 'node',
          setupFiles: ['./tests/setup-node.ts'],
        },
      },
      {
        // Behaviour: the real app in jsdom with Testing Library.
        extends: true,
        test: {
          name: 'dom',
          // Route behaviour through the whole app (tests/*.test.tsx, renderApp) and components
          // alone with fixtures (tests/components/, renderWithProviders).
          include: ['src/**/*.test.tsx', 'tests/*.test.{ts,tsx}', 'tests/components/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
        },
      },
      // The server over HTTP on PGlite (its own config: no MSW, no app plugins).
      './server/vitest.config.ts',
    ],
  },
}))
