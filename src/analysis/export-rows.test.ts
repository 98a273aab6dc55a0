import Papa from 'papaparse'
import { expect, test } from 'vitest'
import type { Directive } from '@/api/directives'
import type { Program } from '@/api/programs'
import type { Region, RegionRef } from '@/api/regions'
import type { Series } from '@/api/series'
import { toCsv } from '@/domain/csv'
import { createI18n } from '@/i18n/i18n'
import { makeIndicator, makeObservation } from '@/testing/fixtures'
import {
  directivesCsv,
  programsCsv,
  rankingCsv,
  readingsCsv,
  regionCodes,
  type CsvRows,
} from './export-rows'
import { rankAtPeriod } from './ranking'
import { rankingCoverage } from './ranking-text'

const id = createI18n('id')
const DATA_AS_OF = '2026-11-01T08:00:00+07:00'
const tpt = makeIndicator()

/** The file as a spreadsheet's parser reads it (comma dialect), header → cell. */
function parse(table: CsvRows): Array<Record<string, string>> {
  const text = toCsv(table.header, table.rows).replace(/^\uFEFF/, '')
  const parsed = Papa.parse<Record<string, string>>(text.trimEnd(), { header: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

const region = (over: Partial<Region> & Pick<Region, 'code' | 'name' | 'level'>): Region => ({
  bpsCode: null,
  kemendagriCode: null,
  parentCode: null,
  ancestors: [],
  childCount: 0,
  ...over,
})
const bogor = region({
  code: '3271',
  bpsCode: '3271',
  kemendagriCode: '32.71',
  name: 'Kota Bogor',
  level: 'city',
})
const gorontalo = region({
  code: '7571',
  bpsCode: '7571',
  kemendagriCode: '75.71',
  name: 'Kota Gorontalo',
  level: 'city',
})
const dki = region({
  code: '31',
  bpsCode: '31',
  kemendagriCode: '31',
  name: 'DKI Jakarta',
  level: 'province',
})

test('BPS and Kemendagri codes each in their column; a bare code only in its own scheme’s', () => {
  expect(regionCodes(bogor)).toEqual({ bps: '3271', kemendagri: '32.71' })
  expect(regionCodes({ code: '0000' })).toEqual({ bps: '0000', kemendagri: null })
  expect(regionCodes({ code: '91.03' })).toEqual({ bps: null, kemendagri: '91.03' })
  expect(
    regionCodes(
      region({ code: '91.03', kemendagriCode: '91.03', name: 'Kab. Jayapura', level: 'regency' }),
    ),
  ).toEqual({
    bps: null,
    kemendagri: '91.03',
  })
})

test('a synthetic figure says its method in metode_sintetis; publikasi is the publisher’s only', () => {
  const interpolated = makeObservation('2023-08', 6.84, {
    provenance: 'synthetic',
    method: { id: 'Interpolasi antara dua angka resmi', en: 'Interpolated' },
  })
  const official = makeObservation('2022-08', 7.18)
  const nation: RegionRef = { code: '0000', name: 'Indonesia', level: 'national' }
  const rows = parse(
    readingsCsv(
      id,
      [
        {
          region: dki,
          indicator: tpt,
          judged: { observation: interpolated, target: null, status: 'no-target' },
        },
        {
          region: nation,
          indicator: tpt,
          judged: { observation: official, target: null, status: 'no-target' },
        },
      ],
      DATA_AS_OF,
    ),
  )
  expect(rows[0]).toMatchObject({
    kode_bps: '="31"',
    kode_kemendagri: '="31"',
    nama_wilayah: 'Prov. DKI Jakarta',
    publikasi: '',
    metode_sintetis: 'Interpolasi antara dua angka resmi',
    asal_data: 'Sintetis',
  })
  expect(rows[1]).toMatchObject({
    kode_bps: '="0000"',
    kode_kemendagri: '',
    publikasi: 'Sakernas 2022-08',
    metode_sintetis: '',
    data_per: DATA_AS_OF,
  })
  expect(Object.keys(rows[0] ?? {})).not.toContain('kode_wilayah')
})

const series = (code: string, values: Record<string, number>): Series => ({
  indicatorId: 'tpt',
  regionCode: code,
  observations: Object.entries(values).map(([period, value]) => makeObservation(period, value)),
  targets: [],
})

test('the ranking CSV lists every place the screen lists, the unranked with an empty rank and why', () => {
  const ranking = rankAtPeriod(
    tpt,
    [bogor, gorontalo, dki],
    [
      series('3271', { '2023-08': 9.39 }),
      series('7571', { '2020-08': 6.52 }),
      series('31', { '2023-08': 6.84 }),
    ],
    '2023-08',
    '2026-11-01',
  )
  const rows = parse(rankingCsv(id, tpt, ranking, DATA_AS_OF))
  expect(rows.map((r) => [r.peringkat, r.nama_wilayah, r.nilai])).toEqual([
    ['1', 'Prov. DKI Jakarta', '6.84'],
    ['2', 'Kota Bogor', '9.39'],
    ['', 'Kota Gorontalo', ''],
  ])
  expect(rows[2]).toMatchObject({
    periode: '2023-08',
    status: 'Tanpa data',
    peringkat_bersama: '',
    catatan:
      'tanpa data untuk Agustus 2023 — terdekat: 6,52\u00a0% (Agustus 2020), tidak diperingkat',
    data_per: DATA_AS_OF,
  })
  expect(rows[0]?.peringkat_bersama).toBe('tidak')
})

test('a ranking of some of a province’s kab/kota says so in each ranked row’s note', () => {
  const jawaBarat = region({ code: '32', name: 'Jawa Barat', level: 'province', childCount: 27 })
  const ranking = rankAtPeriod(
    tpt,
    [bogor],
    [series('3271', { '2023-08': 9.39 })],
    '2023-08',
    '2026-11-01',
  )
  const rows = parse(
    rankingCsv(id, tpt, ranking, DATA_AS_OF, rankingCoverage(id, ranking, jawaBarat)),
  )
  expect(rows[0]?.catatan).toBe(
    'peringkat di antara 1 dari 27 kab/kota yang memiliki data Agustus 2023',
  )
})

test('programs and directives write the same data_per: the dataset’s time, as the API gives it', () => {
  const agency = { id: '3271-dinkes', name: 'Dinas Kesehatan', abbreviation: 'Dinkes' }
  const program: Program = {
    id: 'p1',
    regionCode: '3271',
    kind: 'hundred-day',
    title: { id: 'Posyandu', en: 'Posyandu' },
    agency,
    startDate: '2026-02-20',
    dueDate: '2026-05-30',
    completedOn: null,
    progress: 40,
    status: 'late',
    milestones: [],
    updates: [],
    provenance: 'synthetic',
  }
  const directive: Directive = {
    id: 'd1',
    regionCode: '3271',
    text: { id: 'Percepat', en: 'Speed up' },
    briefingDate: '2026-07-06',
    agency,
    dueDate: '2026-08-01',
    status: 'in-progress',
    completedOn: null,
    followUps: [],
    provenance: 'synthetic',
  }
  const place = { ...bogor, name: 'Kota Bogor' }
  const programs = parse(programsCsv(id, place, [program], DATA_AS_OF))
  const directives = parse(directivesCsv(id, place, [{ directive, overdueDays: 92 }], DATA_AS_OF))
  expect(programs[0]).toMatchObject({
    kode_bps: '="3271"',
    kode_kemendagri: '="32.71"',
    nama_wilayah: 'Kota Bogor',
    jenis_program: 'Program 100 hari kerja',
    progres_persen: '40',
    data_per: DATA_AS_OF,
  })
  expect(directives[0]).toMatchObject({
    kode_bps: '="3271"',
    hari_terlambat: '92',
    data_per: DATA_AS_OF,
  })
})
