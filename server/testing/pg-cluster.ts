/**
 * A throwaway PostgreSQL cluster for tests and the load run: initdb in a temporary folder, started
 * on 127.0.0.1 at the given port, stopped and removed at the end. Root cannot run initdb, so as
 * root every command runs as the `postgres` user (`su postgres`), as Debian's package sets up.
 * The binaries are the newest under /usr/lib/postgresql/<version>/bin (Debian), or KINERJA_PG_BIN.
 * Durability is off (fsync, synchronous_commit): nothing here outlives the run.
 */
import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type PgCluster = {
  url: string
  port: number
  dir: string
  /** Stops the server (fast shutdown: connections are cut), keeping the data. */
  stop(): void
  /** Starts it again on the same port and data. */
  start(): void
  /** Stops it and removes its folder. */
  destroy(): void
}

/** The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPgBin(): string | null {
  const fromEnv = process.env.KINERJA_PG_BIN
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : null
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? join(root, versions[0], 'bin') : null
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`
}

/** Runs a PostgreSQL tool, as `postgres` when we are root. */
function run(bin: string, tool: string, args: ReadonlyArray<string>): string {
  const command = join(bin, tool)
  if (isRoot) {
    const line = [command, ...args].map(quote).join(' ')
    return execFileSync('su', ['postgres', '-s', '/bin/bash', '-c', line], { encoding: 'utf8' })
  }
  return execFileSync(command, [...args], { encoding: 'utf8' })
}

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
  return { uid, gid }
}

export function startPgCluster(port: number): PgCluster {
  const bin = findPgBin()
  if (!bin) {
    throw new Error(
      'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install -y postgresql, or set KINERJA_PG_BIN',
    )
  }
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-pg-'))
  if (isRoot) {
    const { uid, gid } = postgresIds()
    chownSync(dir, uid, gid)
  }
  const data = join(dir, 'data')
  run(bin, 'initdb', [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-sync',
  ])
  const options = [
    `-p ${port}`,
    '-k /tmp',
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ')
  const start = () => {
    run(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start'])
  }
  const stop = () => {
    run(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
  }
  start()
  run(bin, 'createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'kinerja'])
  let running = true
  return {
    url: `postgres://postgres@127.0.0.1:${port}/kinerja`,
    port,
    dir,
    stop() {
      stop()
      running = false
    },
    start() {
      start()
      running = true
    },
    destroy() {
      try {
        if (running) stop()
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
