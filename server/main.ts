/**
 * `npm start` (`node dist-server/main.js`): Kinerja's reference server, built by `npm run build`.
 * See server/config.ts for the environment it reads, docs/operations.md for running it.
 *
 * SIGTERM or SIGINT drains (server/app.ts) and exits 0; a second signal exits at once (1).
 */
import { startServer } from './app'
import { readConfig } from './config'
import { createLogger, messageOf } from './logger'

let log = createLogger(process.env.KINERJA_LOG_LEVEL || 'info')
try {
  const config = readConfig()
  log = createLogger(config.logLevel)
  const started = performance.now()
  const running = await startServer(config, log)
  log.info(
    {
      url: running.url,
      database: config.databaseUrl ? 'postgresql' : 'pglite',
      ...(config.databaseUrl ? {} : { dataDir: config.dataDir }),
      region: config.region,
      seconds: Math.round(performance.now() - started) / 1000,
    },
    `listening at ${running.url}/ (API: ${running.url}/api)`,
  )
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting now')
      process.exit(1)
    }
    stopping = true
    log.info({ signal }, `${signal}: stopping`)
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: messageOf(error) }, 'stopping failed')
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (error) {
  log.fatal({ err: messageOf(error) }, `could not start: ${messageOf(error)}`)
  process.exit(1)
}
