import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * Server tests: real HTTP against the server on PGlite (each file its own data folder, a copy of
 * one template made once per run by the server's first start), in Node, without tests/setup.ts
 * (its MSW interceptor would answer /api requests in place of the server).
 * `npm run test:server`; part of `npm test`.
 */
export default defineConfig({
  root,
  resolve: { alias: { '@': `${root}src` } },
  test: {
    include: ['server/**/*.test.ts'],
    exclude: ['server/**/*.pg.test.ts'],
    environment: 'node',
    globalSetup: ['server/testing/pglite-template.ts'],
    // Each file opens its own copy of the template: two at once on two cores (docs/decisions 0068).
    maxWorkers: '100%',
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
