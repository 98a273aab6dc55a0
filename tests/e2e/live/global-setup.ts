import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

const PORT = Number(process.env.E2E_PORT ?? 4189)

/**
 * The product as a city runs it: the server bundle (dist-server, `npm run build:server`) serving
 * the live build (dist-live, `npm run build:live`) and the API on one port, on a fresh embedded
 * database (PGlite in a temporary folder, loaded with the demo dataset on this first start).
 */
export default async function setup(project: TestProject) {
  for (const file of ['dist-live/index.html', 'dist-server/main.js']) {
    if (!existsSync(file)) {
      throw new Error(`${file} not found: run \`npm run build:live && npm run build:server\` first`)
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-e2e-'))
  const server = spawn(process.execPath, ['dist-server/main.js'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      KINERJA_DATA_DIR: dataDir,
      // The quick-start path: this server migrates and loads the demo itself.
      KINERJA_MIGRATE: process.env.KINERJA_MIGRATE ?? 'auto',
      KINERJA_STATIC_DIR: 'dist-live',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const baseUrl = `http://127.0.0.1:${PORT}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`)
    const ready = await fetch(`${baseUrl}/readyz`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ready) break
    if (Date.now() > deadline) throw new Error('the server did not start within 60 s')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  project.provide('baseUrl', baseUrl)
  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
    rmSync(dataDir, { recursive: true, force: true })
  }
}
