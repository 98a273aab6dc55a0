import { defineConfig } from 'vitest/config'

/** Browser tests: real Chromium against the built demo in dist/ (run `npm run build` first). */
export default defineConfig({
  test: {
    include: ['tests/e2e/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
