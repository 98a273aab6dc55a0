import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * Server tests: real HTTP against the server on PGlite (each file its own data folder), in Node,
 * without tests/setup.ts (its MSW interceptor would answer /api requests in place of the server).
 * `npm run test:server`; part of `npm test`.
 */
export default defineConfig({
  root,
  resolve: { alias: { '@': `${root}src` } },
  test: {
    include: ['server/**/*.test.ts', 'tests/parity/**/*.test.ts'],
    exclude: ['**/*.pg.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
