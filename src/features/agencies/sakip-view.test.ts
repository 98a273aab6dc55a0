import { expect, test } from 'vitest'
import type { Agency, SakipEvaluation } from '@/api/agencies'
import { rankLabel } from '@/domain/ranking'
import { chooseYear, evaluatedYears, rankAgencies, shortName } from './sakip-view'

function evaluation(year: number, score: number): SakipEvaluation {
  return {
    year,
    score,
    predicate: 'B',
    framework: 'permenpanrb-88-2021',
    components: null,
    provenance: 'synthetic',
  }
}

function agency(name: string, scores: Record<number, number>): Agency {
  return {
    id: `3271-${name.toLowerCase()}`,
    regionCode: '3271',
    name,
    abbreviation: null,
    category: 'dinas',
    source: { id: 'uji', en: 'test' },
    sakip: Object.entries(scores).map(([year, score]) => evaluation(Number(year), score)),
  }
}

const agencies = [
  agency('Dinsos', { 2023: 70, 2024: 80 }),
  agency('Dinkes', { 2023: 75, 2024: 80 }),
  agency('Bapperida', { 2024: 90 }),
  agency('Dishub', { 2023: 60 }),
]

test('the year is the latest evaluated one at or before the period', () => {
  const years = [2022, 2023, 2024, 2025]
  expect(chooseYear(years, agencies, null)).toBe(2024)
  expect(chooseYear(years, agencies, '2023-Q3')).toBe(2023)
  expect(chooseYear(years, agencies, '2030')).toBe(2024)
  expect(chooseYear(years, agencies, '2022')).toBeNull()
  expect(evaluatedYears(years, agencies)).toEqual([2024, 2023])
})

test('ranking with ties: equal scores share a rank in name order, the next rank is skipped', () => {
  const ranked = rankAgencies(agencies, 2024)
  expect(ranked.map((r) => `${rankLabel(r)} ${r.item.name}`)).toEqual([
    '1 Bapperida',
    '=2 Dinkes',
    '=2 Dinsos',
  ])
})

test('agencies not evaluated in the year are not ranked', () => {
  expect(rankAgencies(agencies, 2023).map((r) => r.item.name)).toEqual([
    'Dinkes',
    'Dinsos',
    'Dishub',
  ])
})

test('chart labels: the abbreviation, else a name cut at a word', () => {
  expect(shortName({ name: 'Dinas Kesehatan', abbreviation: 'Dinkes' })).toBe('Dinkes')
  expect(shortName({ name: 'Kecamatan Kota Barat', abbreviation: null })).toBe('Kec. Kota Barat')
  expect(
    shortName({
      name: 'Dinas Pengendalian Penduduk, KB, Pemberdayaan Perempuan, dan Perlindungan Anak',
      abbreviation: null,
    }),
  ).toBe('Dinas Pengendalian Penduduk, KB…')
  expect(
    shortName({
      name: 'Dinas Tenaga Kerja, Koperasi, dan Usaha Kecil Menengah',
      abbreviation: null,
    }),
  ).toBe('Dinas Tenaga Kerja, Koperasi, dan Usaha…')
  expect(
    shortName({ name: 'Dinas Perumahan Rakyat dan Kawasan Permukiman', abbreviation: null }),
  ).toBe('Dinas Perumahan Rakyat dan Kawasan…')
  expect(shortName({ name: 'Dinas Perdagangan dan Perindustrian', abbreviation: null })).toBe(
    'Dinas Perdagangan dan Perindustrian',
  )
})
