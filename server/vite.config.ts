/**
 * The server's production bundle: `vite build --config server/vite.config.ts` (npm run
 * build:server) → dist-server/main.js (the server) and dist-server/import.js (the importer).
 * Vite in SSR mode resolves the `@/` alias and the CSV `?raw` imports, so the server shares
 * src/api's schemas and data/'s builders with the app without a loader at run time;
 * dependencies (pg, PGlite, papaparse …) stay in node_modules.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  resolve: { alias: { '@': `${root}src` } },
  build: {
    ssr: true,
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node22',
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      input: { main: 'server/main.ts', import: 'server/import-cli.ts' },
      // Flat, so every file sits one level below the project root (server/config.ts's PROJECT_ROOT).
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
})
