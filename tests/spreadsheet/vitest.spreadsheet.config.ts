import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * `npm run test:spreadsheet`: the CSV exports opened by a real spreadsheet (LibreOffice Calc,
 * headless). Apart from `npm test`, like the browser tests: it needs `soffice` on the PATH
 * (Debian: `apt-get install -y --no-install-recommends libreoffice-calc-nogui`).
 */
export default defineConfig({
  resolve: {
    alias: [{ find: '@', replacement: fileURLToPath(new URL('../../src', import.meta.url)) }],
  },
  test: {
    include: ['tests/spreadsheet/*.check.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
})
