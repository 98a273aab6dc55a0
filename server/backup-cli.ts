/**
 * `npm run db:backup -- FILE` and `npm run db:restore -- FILE` (`node dist-server/backup.js
 * backup|restore FILE`): a consistent dump of the database the server uses (DATABASE_URL, else
 * PGlite in KINERJA_DATA_DIR), taken while it serves, and its restore into an empty database or a
 * new PGlite folder. Files are gzip-compressed (server/backup.ts has the format).
 *
 * PGlite held by a running server: the dump is asked of the server over its control socket. The
 * file is written beside FILE and renamed into place once complete, so FILE is never half a dump.
 * Exit codes: 0 done, 1 refused (not empty, not a backup, cut short), 2 could not run.
 */
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs'
import { PassThrough, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'
import { openDatabase } from './app'
import { BackupError, restoreBackup, writeBackup } from './backup'
import { readConfig } from './config'
import { requestBackup } from './control'
import { dataDirHolder } from './db/pglite'
import { createLogger, messageOf } from './logger'

const [command, file, ...rest] = process.argv.slice(2)
if ((command !== 'backup' && command !== 'restore') || !file || rest.length > 0) {
  console.error('usage: npm run db:backup -- FILE.gz  |  npm run db:restore -- FILE.gz')
  process.exit(2)
}

const log = createLogger(process.env.KINERJA_LOG_LEVEL || 'info')

/** Passes lines through, remembering the last one (the end mark of a complete dump). */
function lastLineOf(): { stream: Transform; last: () => string } {
  let tail = ''
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      tail = (tail + chunk.toString('utf8')).slice(-65_536)
      done(null, chunk)
    },
  })
  return { stream, last: () => tail.trimEnd().split('\n').at(-1) ?? '' }
}

async function backup(target: string): Promise<void> {
  const config = readConfig()
  const partial = `${target}.partial`
  const started = performance.now()
  try {
    const { stream: tee, last } = lastLineOf()
    if (!config.databaseUrl && dataDirHolder(config.dataDir) !== null) {
      // The running server makes the dump.
      await pipeline(requestBackup(config.dataDir), tee, createGzip(), createWriteStream(partial))
    } else {
      const db = await openDatabase(config, log, { timeoutMs: config.importTimeoutMs })
      try {
        const lines = new PassThrough()
        const written = pipeline(lines, tee, createGzip(), createWriteStream(partial))
        await writeBackup(db, lines)
        await written
      } finally {
        await db.close()
      }
    }
    const end = last()
    if (!end.startsWith('#{"end"')) {
      throw new BackupError(`the dump was cut short (${end.slice(0, 80)}): no backup written`)
    }
    renameSync(partial, target)
    const counts = (JSON.parse(end.slice(1)) as { end: Record<string, number> }).end
    log.info(
      { file: target, counts, seconds: Math.round(performance.now() - started) / 1000 },
      `backup written to ${target}`,
    )
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
}

async function restore(source: string): Promise<void> {
  const config = readConfig()
  const started = performance.now()
  const input = createReadStream(source).pipe(createGunzip())
  const db = await openDatabase(config, log, { timeoutMs: config.importTimeoutMs })
  try {
    const counts = await restoreBackup(db, input)
    log.info(
      { file: source, counts, seconds: Math.round(performance.now() - started) / 1000 },
      `restored ${source}`,
    )
  } finally {
    await db.close()
  }
}

try {
  if (command === 'backup') await backup(file)
  else await restore(file)
  process.exit(0)
} catch (error) {
  log.error({ err: messageOf(error) }, `db:${command} failed: ${messageOf(error)}`)
  process.exit(error instanceof BackupError ? 1 : 2)
}
