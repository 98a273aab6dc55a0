import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** The floor pages of `npm run bench`, built by tests/perf/bench.ts into a temporary folder. */
export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: { alias: { '@': here('../../../src') } },
  build: {
    target: 'es2023',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: {
        sparkline: here('sparkline.html'),
        stack: here('stack.html'),
        shell: here('shell.html'),
        trend: here('trend.html'),
      },
    },
  },
  logLevel: 'warn',
})
