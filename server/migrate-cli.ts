/**
 * `npm run db:migrate` (`node dist-server/migrate.js`): applies the migrations this build carries
 * and, on an empty database, loads KINERJA_DATASET (`demo`, `national` or `none`: the map of
 * Indonesia and the catalogue alone). Run it with a role that may change the schema, before
 * starting (or upgrading) the servers, which run with a role that may only read and write rows.
 * A database down is retried with backoff for about two minutes. Exit codes: 0 done, 1 failed.
 */
import { openDatabase, prepareDatabase, withRetry } from './app'
import { readConfig } from './config'
import { isUnavailable } from './db/database'
import { schemaStatus } from './db/migrate'
import { createLogger, messageOf } from './logger'

const log = createLogger(process.env.KINERJA_LOG_LEVEL || 'info')
let exitCode = 0
try {
  const config = readConfig()
  const db = await openDatabase(config, log, { timeoutMs: config.importTimeoutMs })
  try {
    await withRetry('db:migrate', () => prepareDatabase(db, config.dataset, log), log, {
      isRetryable: isUnavailable,
    })
    const status = await schemaStatus(db)
    log.info({ schema: status.database }, `database schema at version ${status.database}`)
  } finally {
    await db.close()
  }
} catch (error) {
  log.fatal({ err: messageOf(error) }, `db:migrate failed: ${messageOf(error)}`)
  exitCode = 1
}
process.exit(exitCode)
