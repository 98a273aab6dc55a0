import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * Server tests on a real PostgreSQL server (`npm run test:pg`): each file starts its own throwaway
 * cluster (server/testing/pg-cluster.ts), so it needs PostgreSQL installed (CI installs it). Files
 * run one after another: a cluster is stopped and started on purpose.
 */
export default defineConfig({
  root,
  resolve: { alias: { '@': `${root}src` } },
  test: {
    include: ['server/**/*.pg.test.ts', 'tests/parity/**/*.pg.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})
