import { defineConfig } from 'vitest/config'

/** Browser tests of the live build (dist-live, VITE_API_MODE=http) served by the real server (dist-server). */
export default defineConfig({
  test: {
    include: ['tests/e2e/live/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/live/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
})
