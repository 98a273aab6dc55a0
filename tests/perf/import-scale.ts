/**
 * `npm run bench:import`: an import of official figures at scale, as issue 22 asks (80,184 rows at
 * default settings in under a minute, memory under 300 MB). Writes a CSV of valid TPT figures
 * (August and February of 2015–2025 for kab/kota and kecamatan, region by region) to a temporary
 * folder, prepares a database (PGlite in a temporary folder, or DATABASE_URL) with `db:migrate`,
 * then runs the built importer (`dist-server/import.js`) and reports its time and peak memory
 * (VmHWM), then the same file again (nothing new), then a file of bad rows (capped report).
 *
 * The database starts with the reference data alone (`KINERJA_DATASET=none`), as a city that
 * loads its own figures does.
 *
 *   node tests/perf/import-scale.ts [--rows 80184] [--pg 54358]   (--pg: a throwaway PostgreSQL)
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startPgCluster } from '../../server/testing/pg-cluster.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const index = process.argv.indexOf('--rows')
const ROWS = index > 0 ? Number(process.argv[index + 1]) : 80_184
const HEADER = 'region_code,region_name,indicator,period,value,unit,source_url,source_note'
const URL_ = 'https://bps.go.id/id/pressrelease/2025/11/05/1/contoh.html'

/** Kemendagri codes of kab/kota and kecamatan from idn-area-data's CSVs (the reference data). */
function regionCodes(): string[] {
  const read = (file: string) =>
    readFileSync(join(ROOT, 'node_modules/idn-area-data/data', file), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]!.replace(/"/g, ''))
  return [...read('regencies.csv'), ...read('districts.csv')]
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; seconds: number; peakMiB: number; output: string }>(
    (resolve) => {
      const started = performance.now()
      const child = spawn(process.execPath, [join(ROOT, script), ...args], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      let peak = 0
      child.stdout.on('data', (c: Buffer) => (output += c.toString()))
      child.stderr.on('data', (c: Buffer) => (output += c.toString()))
      const sample = setInterval(() => {
        try {
          const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
          peak = Math.max(peak, Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024)
        } catch {
          // exited
        }
      }, 100)
      child.on('exit', (code) => {
        clearInterval(sample)
        resolve({ code, seconds: (performance.now() - started) / 1000, peakMiB: peak, output })
      })
    },
  )
}

const pgIndex = process.argv.indexOf('--pg')
const cluster = pgIndex > 0 ? startPgCluster(Number(process.argv[pgIndex + 1] ?? 54358)) : null
const dir = mkdtempSync(join(tmpdir(), 'kinerja-import-scale-'))
try {
  const codes = regionCodes()
  const periods: string[] = []
  for (let year = 2015; year <= 2025; year += 1) periods.push(`${year}-02`, `${year}-08`)
  const lines = [HEADER]
  outer: for (const period of periods) {
    for (const code of codes) {
      if (lines.length > ROWS) break outer
      const value = (3 + ((lines.length * 7919) % 700) / 100).toFixed(2)
      lines.push(`${code},,tpt,${period},${value},%,${URL_},generated`)
    }
  }
  const file = join(dir, 'figures.csv')
  writeFileSync(file, `${lines.join('\n')}\n`)
  const bad = join(dir, 'bad.csv')
  writeFileSync(
    bad,
    `${HEADER}\n${Array.from({ length: 700_000 }, (_, i) => `9999,Nowhere,tpt,2024-08,${i},%,${URL_},bad`).join('\n')}\n`,
  )
  const env = {
    ...process.env,
    KINERJA_DATA_DIR: join(dir, 'db'),
    KINERJA_DATASET: 'none',
    ...(cluster ? { DATABASE_URL: cluster.url } : {}),
    KINERJA_LOG_LEVEL: 'warn',
  }
  const migrated = await run('dist-server/migrate.js', [], env)
  if (migrated.code !== 0) throw new Error(`db:migrate failed: ${migrated.output}`)
  const first = await run(
    'dist-server/import.js',
    [file, '--data-as-of', '2026-12-01T08:00:00+07:00'],
    env,
  )
  const again = await run('dist-server/import.js', [file], env)
  const rejected = await run('dist-server/import.js', [bad], env)
  const report = (name: string, r: typeof first) =>
    console.log(
      `${name}: exit ${r.code}, ${r.seconds.toFixed(1)} s, peak RSS ${r.peakMiB.toFixed(0)} MiB — ${r.output.trim().split('\n').at(-1)}`,
    )
  console.log(
    `${lines.length - 1} rows (${(readFileSync(file).length / 1e6).toFixed(1)} MB), ${cluster || process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, default settings`,
  )
  report('import', first)
  if (first.code !== 0) console.log(first.output.trim().split('\n').slice(0, 5).join('\n'))
  report('same file again', again)
  report('700,000 bad rows', rejected)
  console.log(`bad-row report: ${rejected.output.trim().split('\n').length} lines of output`)
  process.exitCode = first.code === 0 && again.code === 0 && rejected.code === 1 ? 0 : 1
} finally {
  rmSync(dir, { recursive: true, force: true })
  cluster?.destroy()
}
