/**
 * `npm run data:import`: the rules of server/import.ts against a real server on PGlite, checked
 * through the API the app reads (and, for what the API cannot show, through SQL).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { SeriesResponseSchema } from '@/api/series'
import { DataDirInUseError, LOCK_FILE, openPglite } from './db/pglite'
import { importFigures, readFigureCsv } from './import'
import { startTestServer, type TestServer } from './testing/server'

const HEADER = 'region_code,region_name,indicator,period,value,unit,source_url,source_note'
const csv = (...rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`
const URL_ = 'https://bps.go.id/id/pressrelease/2024/11/05/2345/contoh.html'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server.close()
})

async function series(query: string) {
  const response = await fetch(`${server.api}/series?${query}`)
  expect(response.status).toBe(200)
  return SeriesResponseSchema.parse(await response.json())
}

async function observation(region: string, indicator: string, period: string) {
  const { series: list } = await series(`regions=${region}&indicators=${indicator}`)
  return list[0]?.observations.find((o) => o.period === period)
}

async function importCount(): Promise<number> {
  const [row] = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM imports')
  return row?.n ?? 0
}

test('a file with one bad row is rejected whole, naming the line; its good rows are not stored', async () => {
  const file = csv(
    `1101,Kabupaten Aceh Selatan,tpt,2024-08,6.12,%,${URL_},good row`,
    `9999,Nowhere,tpt,2024-08,5.0,%,${URL_},bad row`,
    `11.02,Kabupaten Aceh Tenggara,tpt,2024-08,7.02,%,${URL_},good row`,
  )
  const result = await importFigures(server.db, 'one-bad-row.csv', file)
  expect(result).toEqual({
    kind: 'rejected',
    problems: [{ line: 3, message: 'unknown region 9999 (no region of Indonesia has this code)' }],
    total: 1,
  })
  expect(await observation('1101', 'tpt', '2024-08')).toBeUndefined()
  expect(await observation('1102', 'tpt', '2024-08')).toBeUndefined()
  expect(await importCount()).toBe(1)
})

test('every kind of bad row is reported with its line in the file', async () => {
  const file = [
    HEADER,
    `32-71,Kota Bogor,tpt,2024-08,9.1,%,${URL_},malformed code`,
    `3271,Kota Bogor,ipm,2024,75.1,index,${URL_},not in the catalogue`,
    `3271,Kota Bogor,tpt,2024-13,9.1,%,${URL_},malformed period`,
    `3271,Kota Bogor,tpt,2024-05,9.1,%,${URL_},a month TPT is not published for`,
    `3271,Kota Bogor,tpt,2024-08,sembilan,%,${URL_},not a number`,
    '',
    `3271,Kota Bogor,bpk_opinion_lkpd,2024,BAIK,category,${URL_},not a grade`,
    `3271,Kota Bogor,poverty_rate_p0,2024,-1,%,${URL_},negative`,
    `3271,Kota Bogor,tpt,2023-08,9.5,%,${URL_},"another value for a published figure,`,
    `spanning two lines"`,
    `3271,Kota Bogor,stunting_prevalence,2024,17.1,%,${URL_},first`,
    `32.71,Kota Bogor,stunting_prevalence,2024,17.2,%,${URL_},the same figure differently`,
    `3271,Kota Bogor,tpt`,
  ].join('\n')
  const result = await importFigures(server.db, 'bad-rows.csv', file)
  expect(result.kind).toBe('rejected')
  const problems = result.kind === 'rejected' ? result.problems : []
  expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 8, 9, 10, 13, 14])
  expect(problems.map((p) => p.message)).toEqual([
    'malformed region code "32-71"',
    'unknown indicator "ipm"',
    'malformed period "2024-13"',
    'period 2024-05 is not published for tpt',
    'value "sembilan" is not a number',
    '"BAIK" is not one of TMP, TW, WDP, WTP',
    'value -1 is negative',
    '3271 tpt 2023-08: the database already has the published 9.39 (import #1); 9.5 would replace it',
    '3271 stunting 2024: 17.2 differs from line 12 (17.1)',
    '3 fields where the header has 8',
  ])
  expect(await importCount()).toBe(1)
})

test('a file without the format’s columns, or without rows, is refused at its header', () => {
  expect(readFigureCsv('region,value\n3271,9\n').problems).toEqual([
    {
      line: 1,
      message:
        'the header lacks region_code, region_name, indicator, period, unit, source_url, source_note',
    },
  ])
  expect(readFigureCsv('').problems).toEqual([{ line: 1, message: 'the file is empty' }])
  expect(readFigureCsv(`${HEADER}\n`).problems).toEqual([
    { line: 2, message: 'the file has a header but no rows' },
  ])
})

test('a good file adds figures, replaces synthetic values, completes SAKIP; a re-run changes nothing', async () => {
  const before = await fetch(`${server.api}/series?regions=3271&indicators=tpt`)
  const etag = before.headers.get('etag')!
  expect((await observation('3271', 'tpt', '2019-08'))?.provenance).toBe('synthetic')
  expect(await observation('3271', 'sakip', '2019')).toMatchObject({ value: null, grade: 'BB' })

  const file = csv(
    // New: a kab/kota the demo has no figure for, by its Kemendagri code.
    `11.01,Kabupaten Aceh Selatan,tpt,2024-08,6.12,%,${URL_},Berita Resmi Statistik`,
    // Replaces the synthetic interpolation of 2019.
    `3271,Kota Bogor,tpt,2019-08,9.12,%,${URL_},BRS Sakernas 2019`,
    // The same as the published figure already there: nothing to do for it.
    `3271,Kota Bogor,tpt,2023-08,9.39,%,${URL_},again`,
    // The score beside the predicate BB already there.
    `3271,Kota Bogor,sakip_score,2019,66.1,points (0-100),${URL_},LHE SAKIP 2019`,
  )
  const dataAsOf = '2026-12-01T09:30:00+07:00'
  const result = await importFigures(server.db, 'bps-2024.csv', file, { dataAsOf })
  expect(result).toEqual({
    kind: 'imported',
    id: 2,
    rows: 4,
    added: 1,
    replaced: 1,
    completed: 1,
    unchanged: 1,
    dataAsOf,
  })

  const aceh = await series('regions=1101&indicators=tpt')
  expect(aceh.dataAsOf).toBe(dataAsOf)
  expect(aceh.series.map((s) => [s.regionCode, s.indicatorId, s.observations.length])).toEqual([
    ['1101', 'tpt', 1],
  ])
  expect(aceh.series[0]?.observations[0]).toMatchObject({
    period: '2024-08',
    value: 6.12,
    provenance: 'official',
    source: { publisher: 'BPS', publication: 'Sakernas Agustus 2024' },
    citation: { outlet: 'BPS', url: URL_ },
    releaseDate: '2024-11-06',
  })
  expect(await observation('3271', 'tpt', '2019-08')).toMatchObject({
    value: 9.12,
    provenance: 'official',
    method: null,
  })
  expect(await observation('3271', 'sakip', '2019')).toMatchObject({ value: 66.1, grade: 'BB' })
  // The data version moved: the old ETag no longer matches.
  const after = await fetch(`${server.api}/series?regions=3271&indicators=tpt`, {
    headers: { 'if-none-match': etag },
  })
  expect(after.status).toBe(200)
  expect(after.headers.get('etag')).not.toBe(etag)

  // The same file again: recognised by its hash, nothing recorded, nothing changed.
  expect(await importFigures(server.db, 'bps-2024-copy.csv', file)).toMatchObject({
    kind: 'already-imported',
    id: 2,
  })
  // Other bytes, no new figure: nothing recorded either.
  expect(await importFigures(server.db, 'again.csv', `${file}\n`)).toEqual({
    kind: 'nothing-new',
    rows: 4,
  })
  expect(await importCount()).toBe(2)
  const [imported] = await server.db.query<{
    file_name: string
    row_count: number
    data_as_of: string
  }>('SELECT file_name, row_count, data_as_of FROM imports WHERE id = 2')
  expect(imported).toEqual({ file_name: 'bps-2024.csv', row_count: 4, data_as_of: dataAsOf })
})

test('a PGlite folder held by a running process is refused with a clear message', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-held-'))
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
  try {
    writeFileSync(join(dir, LOCK_FILE), `${holder.pid}\n`)
    const error = await openPglite(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DataDirInUseError)
    expect((error as Error).message).toContain(`in use by process ${holder.pid}`)
    expect((error as Error).message).toContain('DATABASE_URL')
  } finally {
    holder.kill()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a "data per" earlier than the data it describes is refused, naming the latest figure', async () => {
  const file = csv(
    `1102,Kabupaten Aceh Tenggara,tpt,2018-08,8.1,%,${URL_},old`,
    `1101,Kabupaten Aceh Selatan,tpt,2025-08,6.0,%,${URL_},new`,
  )
  const imports = await importCount()
  const result = await importFigures(server.db, 'early.csv', file, {
    dataAsOf: '2019-01-01T08:00:00+07:00',
  })
  expect(result).toEqual({
    kind: 'rejected',
    problems: [
      {
        line: 3,
        message:
          '--data-as-of 2019-01-01T08:00:00+07:00 is earlier than 1101 tpt 2025-08 (released on 2025-11-06): the data per must not be older than the data',
      },
    ],
    total: 1,
  })
  expect(await importCount()).toBe(imports)
})

test('a file of 200,000 bad rows reports the first 100 problems and counts them all, reading it as a stream', async () => {
  const rows = 200_000
  async function* stream() {
    yield await Promise.resolve(`${HEADER}\n`)
    for (let at = 0; at < rows; at += 10_000) {
      let chunk = ''
      for (let i = at; i < at + 10_000; i += 1)
        chunk += `9999,Nowhere,tpt,2024-08,${i},%,${URL_},bad\n`
      yield Buffer.from(chunk)
    }
  }
  const imports = await importCount()
  const result = await importFigures(server.db, 'all-bad.csv', stream())
  expect(result.kind).toBe('rejected')
  if (result.kind !== 'rejected') return
  expect(result.total).toBe(rows)
  expect(result.problems).toHaveLength(100)
  expect(result.problems[0]).toEqual({
    line: 2,
    message: 'unknown region 9999 (no region of Indonesia has this code)',
  })
  expect(result.problems.at(-1)?.line).toBe(101)
  expect(await importCount()).toBe(imports)
})
