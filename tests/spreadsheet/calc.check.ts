import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, expect, test } from 'vitest'
import type { Region } from '@/api/regions'
import { programsCsv, readingsCsv } from '@/analysis/export-rows'
import { toCsv, type CsvDialect } from '@/domain/csv'
import { createI18n } from '@/i18n/i18n'
import { makeIndicator, makeObservation } from '@/testing/fixtures'

/**
 * Codes in spreadsheets (docs/decisions/0062), checked with the spreadsheet itself: the files the
 * app writes, in both dialects, opened by LibreOffice Calc as a person opening the download would
 * (the CSV import with the dialect's separator and language), converted to flat ODS and read cell
 * by cell. A plain `0000` would open as the number 0 and `92.03` as a decimal; the codes must stay
 * text, the values numbers.
 */
const id = createI18n('id')
const DATA_AS_OF = '2026-11-01T08:00:00+07:00'
let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kinerja-calc-'))
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe' })
  } catch {
    throw new Error(
      'soffice (LibreOffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui',
    )
  }
})

type Cell = { type: string; text: string; value?: string }

/** The first sheet of a flat ODS file as rows of typed cells (repeated cells expanded). */
function readFods(path: string): Cell[][] {
  const xml = readFileSync(path, 'utf8')
  const rows = [...xml.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)]
  return rows.map(([, body]) => {
    const cells: Cell[] = []
    for (const [, attrs = '', inner = ''] of (body ?? '').matchAll(
      /<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
    )) {
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1)
      const type = /office:value-type="(\w+)"/.exec(attrs)?.[1] ?? 'empty'
      const value = /office:value="([^"]*)"/.exec(attrs)?.[1]
      const text = inner
        .replace(/<[^>]+>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&')
        .trim()
      for (let i = 0; i < Math.min(repeat, 64); i += 1)
        cells.push(value === undefined ? { type, text } : { type, text, value })
    }
    return cells
  })
}

/** Opens the CSV in Calc as its dialect says (separator, UTF-8, the language's decimal mark). */
function openInCalc(name: string, csv: string, dialect: CsvDialect): Record<string, Cell>[] {
  const file = join(dir, `${name}.csv`)
  writeFileSync(file, csv)
  // Field separator, text delimiter ("), UTF-8 (76), from line 1, no column types, language.
  const filter = dialect === 'indonesian' ? 'CSV:59,34,76,1,,1057' : 'CSV:44,34,76,1,,1033'
  execFileSync(
    'soffice',
    ['--headless', `--infilter=${filter}`, '--convert-to', 'fods', '--outdir', dir, file],
    { stdio: 'pipe', timeout: 90_000 },
  )
  const [header = [], ...rows] = readFods(join(dir, `${name}.fods`))
  return rows
    .filter((row) => row.some((cell) => cell.type !== 'empty'))
    .map((row) =>
      Object.fromEntries(header.map((h, i) => [h.text, row[i] ?? { type: 'empty', text: '' }])),
    )
}

const region = (over: Partial<Region> & Pick<Region, 'code' | 'name' | 'level'>): Region => ({
  bpsCode: null,
  kemendagriCode: null,
  parentCode: null,
  ancestors: [],
  childCount: 0,
  ...over,
})
const places = [
  region({ code: '0000', bpsCode: '0000', name: 'Indonesia', level: 'national' }),
  region({
    code: '3271',
    bpsCode: '3271',
    kemendagriCode: '32.71',
    name: 'Kota Bogor',
    level: 'city',
  }),
  region({ code: '91.03', kemendagriCode: '91.03', name: 'Kabupaten Jayapura', level: 'regency' }),
  region({
    code: '3171',
    bpsCode: '3171',
    kemendagriCode: '31.74',
    name: 'Kota Administrasi Jakarta Selatan',
    level: 'admin_city',
  }),
]
const tpt = makeIndicator()
const readings = readingsCsv(
  id,
  places.map((place, index) => ({
    region: place,
    indicator: tpt,
    judged: {
      observation: makeObservation('2023-08', 9.39 - index, { releaseDate: '2023-11-06' }),
      target: null,
      status: 'no-target' as const,
    },
  })),
  DATA_AS_OF,
)

test.each(['international', 'indonesian'] as const)(
  'the %s CSV: codes open as text, BPS and Kemendagri apart; values as numbers',
  (dialect) => {
    const rows = openInCalc(
      `readings-${dialect}`,
      toCsv(readings.header, readings.rows, dialect),
      dialect,
    )
    expect(rows.map((r) => [r.kode_bps, r.kode_kemendagri])).toEqual([
      [
        { type: 'string', text: '0000' },
        { type: 'empty', text: '' },
      ],
      [
        { type: 'string', text: '3271' },
        { type: 'string', text: '32.71' },
      ],
      [
        { type: 'empty', text: '' },
        { type: 'string', text: '91.03' },
      ],
      [
        { type: 'string', text: '3171' },
        { type: 'string', text: '31.74' },
      ],
    ])
    expect(rows.map((r) => r.nilai?.type)).toEqual(['float', 'float', 'float', 'float'])
    // 9,39 in the Indonesian file and 9.39 in the other are both the number 9.39.
    expect(rows[0]?.nilai?.value).toBe('9.39')
    expect(rows[0]?.periode).toEqual({ type: 'string', text: '2023-08' })
    expect(rows[0]?.tanggal_rilis?.type).toBe('date')
    expect(rows[0]?.data_per).toEqual({ type: 'string', text: DATA_AS_OF })
  },
)

test('a program file: the region’s codes as text, the progress a number, "data per" as given', () => {
  const table = programsCsv(
    id,
    { ...places[1]!, name: 'Kota Bogor' },
    [
      {
        id: 'p1',
        regionCode: '3271',
        kind: 'hundred-day',
        title: { id: '=HYPERLINK("x")', en: '=HYPERLINK("x")' },
        agency: { id: '3271-dinkes', name: 'Dinas Kesehatan', abbreviation: 'Dinkes' },
        startDate: '2026-02-20',
        dueDate: '2026-05-30',
        completedOn: null,
        progress: 40,
        status: 'late',
        milestones: [],
        updates: [],
        provenance: 'synthetic',
      },
    ],
    DATA_AS_OF,
  )
  const [row] = openInCalc('programs', toCsv(table.header, table.rows, 'indonesian'), 'indonesian')
  expect(row?.kode_bps).toEqual({ type: 'string', text: '3271' })
  expect(row?.kode_kemendagri).toEqual({ type: 'string', text: '32.71' })
  expect(row?.progres_persen?.type).toBe('float')
  expect(row?.data_per).toEqual({ type: 'string', text: DATA_AS_OF })
  // A hostile title stays inert text (the formula guard), shown with its apostrophe.
  expect(row?.program).toEqual({ type: 'string', text: `'=HYPERLINK("x")` })
})
