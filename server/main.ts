/**
 * `npm run serve` (after the builds) or `node dist-server/main.js`: Kinerja's reference server.
 * See server/config.ts for the environment it reads.
 */
import { startServer } from './app'
import { readConfig } from './config'

const log = (message: string) => console.log(`[kinerja] ${message}`)

try {
  const config = readConfig()
  const started = performance.now()
  const running = await startServer(config, log)
  log(
    `${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}; ready in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s at ${running.url}/ (API: ${running.url}/api)`,
  )
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    log(`${signal}: stopping`)
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
} catch (error) {
  console.error(
    `[kinerja] could not start: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
}
