import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * Server tests: real HTTP against the server on PGlite (each file its own data folder, a copy of
 * one template made once per run by the server's first start), in Node, without tests/setup.ts
 * (its MSW interceptor would answer /api requests in place of the server).
 * `npm run test:server`; part of `npm test` (a project of vite.config.ts).
 */
export default defineConfig({
  root,
  resolve: { alias: { '@': `${root}src` } },
  test: {
    // A project of the root config (vite.config.ts), so `npm test` runs it in the same pool.
    name: 'server',
    include: ['server/**/*.test.ts', 'tests/parity/**/*.test.ts'],
    exclude: ['**/*.pg.test.ts'],
    environment: 'node',
    globalSetup: ['server/testing/pglite-template.ts'],
    isolate: false,
    // One worker per core, as the root config (Vitest wants the same in every project).
    maxWorkers: '100%',
    // Bounds, not waits: the parity test makes ~400 requests, which a machine running several
    // test suites at once has taken 30 s and more to answer
    // (docs/decisions/0067-a-test-middle.md).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
