/**
 * The PGlite server's control socket: `kinerja.sock` in the data folder (mode 0600: the server's
 * own user only). PGlite lets one process open a folder, so `npm run db:backup` asks the running
 * server for the dump over it instead of opening the folder. One command: `backup\n`, answered
 * with the dump's lines (server/backup.ts), then the connection closes.
 */
import { chmodSync, existsSync, rmSync } from 'node:fs'
import { createConnection, createServer, type Server } from 'node:net'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { writeBackup } from './backup'
import type { Database } from './db/database'
import { messageOf, type Log } from './logger'

const CONTROL_SOCKET = 'kinerja.sock'

function controlSocketPath(dataDir: string): string {
  return join(dataDir, CONTROL_SOCKET)
}

export async function startControlSocket(dataDir: string, db: Database, log: Log): Promise<Server> {
  const path = controlSocketPath(dataDir)
  // A socket left by a process that died (the folder's pid lock says no one else holds it).
  if (existsSync(path)) rmSync(path, { force: true })
  const server = createServer((socket) => {
    let command = ''
    socket.setEncoding('utf8')
    socket.on('error', () => undefined)
    const onData = (chunk: string) => {
      command += chunk
      if (!command.includes('\n')) return
      socket.off('data', onData)
      if (command.trim() !== 'backup') {
        socket.end(
          `#${JSON.stringify({ error: `unknown command ${command.trim().slice(0, 40)}` })}\n`,
        )
        return
      }
      const started = performance.now()
      writeBackup(db, socket).then(
        (counts) =>
          log.info(
            { counts, ms: Math.round(performance.now() - started) },
            'backup: dump sent over the control socket',
          ),
        (error: unknown) => {
          log.error({ err: messageOf(error) }, 'backup failed')
          socket.destroy()
        },
      )
    }
    socket.on('data', onData)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(path, () => resolve())
  })
  chmodSync(path, 0o600)
  server.unref()
  return server
}

export function stopControlSocket(server: Server, dataDir: string): Promise<void> {
  return new Promise((resolve) =>
    server.close(() => {
      rmSync(controlSocketPath(dataDir), { force: true })
      resolve()
    }),
  )
}

/** The running server's dump, as a stream of lines. */
export function requestBackup(dataDir: string): Readable {
  const socket = createConnection(controlSocketPath(dataDir))
  socket.write('backup\n')
  return socket
}
