/**
 * The server's production bundle: `vite build --config server/vite.config.ts` (npm run
 * build:server, part of npm run build) → dist-server/main.js (the server), migrate.js
 * (db:migrate), import.js (data:import) and backup.js (db:backup, db:restore).
 * Vite in SSR mode resolves the `@/` alias and the CSV `?raw` imports, so the server shares
 * src/api's schemas and data/'s builders with the app without a loader at run time;
 * dependencies (pg, PGlite, papaparse …) stay in node_modules.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))

/** `0.1.0+abc1234` (package.json's version, the commit), or KINERJA_VERSION when set (a CI build). */
function buildVersion(): string {
  if (process.env.KINERJA_VERSION) return process.env.KINERJA_VERSION
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
    return commit ? `${version}+${commit}` : version
  } catch {
    return version
  }
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  resolve: { alias: { '@': `${root}src` } },
  define: { __KINERJA_VERSION__: JSON.stringify(buildVersion()) },
  build: {
    ssr: true,
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node22',
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      input: {
        main: 'server/main.ts',
        migrate: 'server/migrate-cli.ts',
        import: 'server/import-cli.ts',
        backup: 'server/backup-cli.ts',
      },
      // Flat, so every file sits one level below the project root (server/config.ts's PROJECT_ROOT).
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
})
