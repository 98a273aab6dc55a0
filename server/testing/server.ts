/**
 * Test servers: the real server (HTTP, SQL) on a throwaway PGlite folder, or on a PostgreSQL
 * server given by URL, listening on an ephemeral port of 127.0.0.1. They migrate and load the
 * demo dataset as they start (KINERJA_MIGRATE=auto) unless told otherwise, and keep their log
 * lines in memory, parsed.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inject } from 'vitest'
import { startServer, type RunningServer } from '../app'
import { readConfig } from '../config'
import { memoryLogger } from '../logger'

export type TestServer = RunningServer & {
  api: string
  dataDir: string
  logs: Array<Record<string, unknown>>
}

/**
 * A fresh PGlite folder starts as a copy of the run's template (server/testing/pglite-template.ts)
 * when it would be loaded with the same demo dataset: the server then finds it migrated and
 * loaded, as on any later start. Without a template (another config), it starts empty.
 */
function seedFromTemplate(dataDir: string, env: Record<string, string>): void {
  if (env.DATABASE_URL || (env.KINERJA_DATASET ?? 'demo') !== 'demo') return
  // A server told only to check the schema expects the folder as it finds it (unmigrated).
  if (env.KINERJA_MIGRATE === 'check') return
  const template = inject('pgliteTemplate')
  if (template) cpSync(template, dataDir, { recursive: true })
}

export async function startTestServer(
  env: Record<string, string> = {},
  { keepDataDir }: { keepDataDir?: string } = {},
): Promise<TestServer> {
  const dataDir = keepDataDir ?? mkdtempSync(join(tmpdir(), 'kinerja-test-'))
  if (!keepDataDir) seedFromTemplate(dataDir, env)
  const { log, lines } = memoryLogger()
  const running = await startServer(
    readConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      KINERJA_DATA_DIR: dataDir,
      KINERJA_STATIC_DIR: 'none',
      KINERJA_MIGRATE: 'auto',
      // An import shows in the next answer (production trusts the version for a second).
      KINERJA_VERSION_TTL_MS: '0',
      ...env,
    }),
    log,
  )
  return {
    ...running,
    api: `${running.url}/api`,
    dataDir,
    logs: lines,
    async close() {
      await running.close()
      if (!keepDataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
