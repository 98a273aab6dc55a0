/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { msw } from 'msw/vite'
import { defineConfig, loadEnv, type Plugin } from 'vite'

const src = fileURLToPath(new URL('./src', import.meta.url))

/**
 * Two named vendor chunks (README, decision "Chunks and performance budgets"): `vendor` holds what
 * every page runs (React, the router, TanStack Query) and is claimed first, so the `charts` chunk —
 * Recharts and its own dependencies, loaded only by the chart routes — can never pull React into
 * itself, nor itself into the entry. `npm run check:size` fails if Recharts reaches the entry.
 */
const CHUNK_GROUPS = [
  {
    name: 'vendor',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/](query-core|react-query))[\\/]/,
    priority: 2,
  },
  {
    name: 'charts',
    test: /node_modules[\\/](recharts|d3-[^\\/]+|internmap|victory-vendor|@reduxjs[\\/]toolkit|redux|redux-thunk|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant|use-sync-external-store|react-is|clsx)[\\/]/,
    priority: 1,
  },
]

/**
 * A strict Content-Security-Policy in the built index.html: no inline script, no eval, and
 * `connect-src` limited to this origin plus the API's. The demo build also allows its own mock
 * service worker; the live build allows no worker at all.
 */
function apiTarget(mode: string) {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  return {
    live: (process.env.VITE_API_MODE ?? env.VITE_API_MODE) === 'http',
    base: process.env.VITE_API_BASE_URL ?? env.VITE_API_BASE_URL ?? '/api',
  }
}

function contentSecurityPolicy(mode: string): Plugin {
  const { live, base } = apiTarget(mode)
  const apiOrigin = /^https?:\/\//.test(base) ? new URL(base).origin : null
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    live ? "worker-src 'none'" : "worker-src 'self'",
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
 * The live build asks for the two resources every page needs (/regions, /indicators) from the HTML,
 * while the JavaScript downloads; the app's own fetch then takes the preloaded response. The demo
 * build cannot: its mock API starts with the app.
 */
function preloadApi(mode: string): Plugin {
  const { live, base } = apiTarget(mode)
  return {
    name: 'kinerja-preload-api',
    apply: 'build',
    transformIndexHtml: () =>
      live
        ? ['/regions', '/indicators'].map((path) => ({
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

export default defineConfig(({ mode }) => ({
  plugins: [react(), msw(), contentSecurityPolicy(mode), preloadApi(mode)],
  resolve: { alias: { '@': src } },
  build: {
    target: 'es2023',
    sourcemap: false,
    // dist/.vite/manifest.json: what each route loads, read by `npm run check:size` and the bench.
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/*.test.{ts,tsx}'],
    setupFiles: ['./tests/setup.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
  },
}))
