/**
 * Structured logs: one JSON object a line on stdout (pino), with `level` (a name), `time` (ISO
 * 8601), the build's `version`, a `msg` and the event's fields. Request lines carry `reqId` (also
 * sent back as `X-Request-Id`), `method`, `path`, `status`, `ms`, `bytes` and `client`; a 503
 * names its `cause`. journald, Docker and any log shipper read them as they are; `| npx pino-pretty`
 * makes them readable by eye (docs/operations.md).
 */
import { pino, type DestinationStream, type Logger } from 'pino'
import { BUILD_VERSION } from './version'

export type Log = Logger

export function createLogger(level = 'info', destination?: DestinationStream): Log {
  return pino(
    {
      level,
      base: { service: 'kinerja', version: BUILD_VERSION },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // The request's own fields are logged one by one; nothing else may leak a header.
      redact: { paths: ['headers.authorization', 'headers.cookie'], remove: true },
    },
    destination,
  )
}

/** A logger that keeps its lines in memory, parsed (tests). */
export function memoryLogger(level = 'debug'): { log: Log; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = []
  const log = createLogger(level, {
    write(line: string) {
      lines.push(JSON.parse(line) as Record<string, unknown>)
    },
  })
  return { log, lines }
}

/** An error's message (and nothing of its stack unless it is a bug). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
