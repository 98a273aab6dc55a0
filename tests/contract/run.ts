/**
 * `npm run test:contract -- --base-url <url>`: checks any backend against the HTTP contract.
 * `npm run test:contract -- --server`: starts the built server (dist-server; PGlite in a temporary
 * folder, or the PostgreSQL database at DATABASE_URL), checks it and stops it.
 * Without either it starts the mock API (the demo's MSW handlers over HTTP) and checks that.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'vite'
import type { CheckResult } from './checks.ts'
import { startMockApi } from './mock-api-server.ts'

const index = process.argv.indexOf('--base-url')
let baseUrl = index > 0 ? process.argv[index + 1] : undefined
let stop: (() => Promise<void>) | undefined
let target = ''

/** The server bundle on a port of its own, ready when /readyz answers. */
async function startBuiltServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const port = Number(process.env.CONTRACT_PORT ?? 8180)
  const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-contract-'))
  const server: ChildProcess = spawn(process.execPath, ['dist-server/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      KINERJA_DATA_DIR: dataDir,
      // The quick-start path: this server migrates and loads the demo itself.
      KINERJA_MIGRATE: process.env.KINERJA_MIGRATE ?? 'auto',
      KINERJA_STATIC_DIR: 'none',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`)
    const ready = await fetch(`${url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ready) break
    if (Date.now() > deadline) throw new Error('the server did not start within 2 minutes')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    url: `${url}/api`,
    close: async () => {
      const exited = new Promise((resolve) => server.once('exit', resolve))
      server.kill('SIGTERM')
      await exited
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

if (!baseUrl && process.argv.includes('--server')) {
  const server = await startBuiltServer()
  baseUrl = server.url
  stop = server.close
  target = process.env.DATABASE_URL ? ' (the server on PostgreSQL)' : ' (the server on PGlite)'
} else if (!baseUrl) {
  const api = await startMockApi(8788)
  baseUrl = api.url
  stop = api.close
  target = ' (the mock API)'
}

const vite = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
})
const { runContract } = (await vite.ssrLoadModule('/tests/contract/checks.ts')) as {
  runContract: (url: string) => Promise<CheckResult[]>
}
console.log(`contract suite against ${baseUrl}${target}`)
const results = await runContract(baseUrl.replace(/\/$/, ''))
for (const result of results) {
  console.log(`  ${result.ok ? '✓' : '✗'} ${result.name} — ${result.detail}`)
}
const failed = results.filter((r) => !r.ok).length
console.log(`${results.length - failed} passed, ${failed} failed`)
await vite.close()
await stop?.()
process.exit(failed > 0 ? 1 : 0)
