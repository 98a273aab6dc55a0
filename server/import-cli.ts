/**
 * `npm run data:import -- FILE.csv [--data-as-of 2026-12-01T08:00:00+07:00]`: loads official
 * figures (the format of shared/data/indicators.csv) into the database the server uses
 * (DATABASE_URL, else PGlite in KINERJA_DATA_DIR), which `npm run db:migrate` has prepared. See
 * server/import.ts for the rules. The file is read as a stream; statements may take up to
 * KINERJA_IMPORT_TIMEOUT_MS (10 minutes), apart from the API's KINERJA_DB_TIMEOUT_MS.
 * Exit codes: 0 imported or nothing to do, 1 the file was rejected, 2 it could not run.
 */
import { accessSync, constants, createReadStream } from 'node:fs'
import { basename } from 'node:path'
import { openDatabase } from './app'
import { readConfig } from './config'
import { schemaStatus } from './db/migrate'
import { importFigures } from './import'
import { createLogger } from './logger'

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function usage(message: string): never {
  console.error(`${message}\nusage: npm run data:import -- FILE.csv [--data-as-of ISO-8601-TIME]`)
  process.exit(2)
}

const args = process.argv.slice(2)
const asOfIndex = args.indexOf('--data-as-of')
const dataAsOf = asOfIndex >= 0 ? args[asOfIndex + 1] : undefined
if (asOfIndex >= 0 && !dataAsOf) usage('--data-as-of needs a time')
const files = args.filter(
  (arg, i) => !arg.startsWith('--') && (asOfIndex < 0 || i !== asOfIndex + 1),
)
if (files.length !== 1) usage('give one CSV file')
const file = files[0]!

try {
  accessSync(file, constants.R_OK)
} catch (error) {
  usage(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
}

const log = createLogger(process.env.KINERJA_LOG_LEVEL || 'warn')
let exitCode = 0
try {
  const config = readConfig()
  const db = await openDatabase(config, log, { timeoutMs: config.importTimeoutMs })
  try {
    const schema = await schemaStatus(db)
    if (schema.missing.length > 0) {
      throw new Error(
        `the database lacks migrations ${schema.missing.join(', ')}: run npm run db:migrate first`,
      )
    }
    const result = await importFigures(
      db,
      basename(file),
      createReadStream(file, { highWaterMark: 1 << 20 }),
      dataAsOf ? { dataAsOf } : {},
    )
    switch (result.kind) {
      case 'rejected': {
        for (const problem of result.problems)
          console.error(`${file}:${problem.line}: ${problem.message}`)
        const total = result.total.toLocaleString('en')
        console.error(
          result.total > result.problems.length
            ? `${total} problems in ${file} (the first ${result.problems.length} are shown): nothing was imported.`
            : `${total} problem${result.total === 1 ? '' : 's'} in ${file}: nothing was imported.`,
        )
        exitCode = 1
        break
      }
      case 'already-imported':
        console.log(
          `${file} was imported already, as #${result.id} on ${result.importedAt} (same SHA-256): nothing changed.`,
        )
        break
      case 'nothing-new':
        console.log(
          `${file}: its ${count(result.rows, 'row')} are in the database already: nothing changed.`,
        )
        break
      case 'imported':
        console.log(
          `Imported ${file} as #${result.id} (${count(result.rows, 'row')}): ` +
            `${count(result.added, 'new figure')}, ${count(result.replaced, 'synthetic value')} replaced, ` +
            `${count(result.completed, 'figure')} completed, ${result.unchanged} already there. ` +
            `Data per ${result.dataAsOf}.`,
        )
        break
    }
  } finally {
    await db.close()
  }
} catch (error) {
  console.error(
    `[kinerja] import failed: ${error instanceof Error ? error.message : String(error)}`,
  )
  exitCode = 2
}
process.exit(exitCode)
