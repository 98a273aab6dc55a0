/**
 * Vitest global setup for the server tests: one PGlite folder, migrated and loaded with the demo
 * dataset by the server's own first-start path (prepareDatabase), made once per run. Each test
 * server copies it (server/testing/server.ts) instead of running initdb, the migrations and the
 * seed again: a copy opens in about a second, a first start takes several
 * (docs/decisions/0068-npm-test-in-half-the-time.md).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { prepareDatabase } from '../app'
import { openPglite } from '../db/pglite'
import { memoryLogger } from '../logger'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A closed PGlite folder holding the migrated demo dataset; copy it, never open it. */
    pgliteTemplate: string
    /** A closed PGlite folder just created (no migration applied); copy it, never open it. */
    pgliteEmpty: string
  }
}

export default async function setup(project: TestProject) {
  // PGlite's initdb once: an empty database, then a copy of it migrated and loaded.
  const empty = mkdtempSync(join(tmpdir(), 'kinerja-empty-'))
  await (await openPglite(empty)).close()
  const loaded = mkdtempSync(join(tmpdir(), 'kinerja-template-'))
  cpSync(empty, loaded, { recursive: true })
  const db = await openPglite(loaded)
  try {
    await prepareDatabase(db, 'demo', memoryLogger('warn').log)
  } finally {
    await db.close()
  }
  project.provide('pgliteEmpty', empty)
  project.provide('pgliteTemplate', loaded)
  return () => {
    rmSync(empty, { recursive: true, force: true })
    rmSync(loaded, { recursive: true, force: true })
  }
}
