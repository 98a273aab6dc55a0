import { expect, test } from 'vitest'
import type { RegionLevel } from '@/api/regions'
import {
  compareRegions,
  indexRegions,
  narrowSearch,
  normalizeRegionName,
  parseRegionSearch,
  searchRegionEntries,
} from './region-search'

const region = (code: string, name: string, level: RegionLevel) => ({ code, name, level })

const REGIONS = [
  region('32', 'Jawa Barat', 'province'),
  region('3271050', 'Bogor Barat', 'district'),
  region('3271', 'Kota Bogor', 'city'),
  region('3201', 'Kabupaten Bogor', 'regency'),
  region('3271040', 'Bogor Tengah', 'district'),
  region('33.16.15', 'Bogorejo', 'district'),
  region('1101', 'Kabupaten Aceh Selatan', 'regency'),
  region('11', 'Aceh', 'province'),
  region('3171', 'Kota Administrasi Jakarta Selatan', 'admin_city'),
  region('75.71.01', 'Kota Barat', 'district'),
  region('35.29.22', "Ra'as", 'district'),
  region('74.01.01', 'Tinondo Bogor', 'district'),
  region('74.01.02', 'Lasusua', 'district'),
]
const index = indexRegions(REGIONS)
const names = (query: string, limit = 20) =>
  searchRegionEntries(index, query, limit).items.map((r) => r.name)

test('names are compared without case, accents or punctuation', () => {
  expect(normalizeRegionName('  Kab. Ra’às—Utara ')).toBe('kab ra as utara')
  expect(names('RA AS')[0]).toBe("Ra'as")
  expect(names('ra’as')[0]).toBe("Ra'as")
  expect(names('lasusúa')).toEqual(['Lasusua'])
})

test('"aceh selatan" finds Kabupaten Aceh Selatan first', () => {
  expect(names('aceh selatan')[0]).toBe('Kabupaten Aceh Selatan')
  expect(names('Aceh')).toEqual(['Aceh', 'Kabupaten Aceh Selatan'])
})

test('"bogor": Kota and Kabupaten Bogor (exact), then kecamatan starting with it, then the rest', () => {
  expect(names('bogor')).toEqual([
    'Kabupaten Bogor',
    'Kota Bogor',
    'Bogor Barat',
    'Bogor Tengah',
    'Bogorejo',
    'Tinondo Bogor',
  ])
})

test('a word that starts a later word of the name ranks above a match inside a word', () => {
  expect(names('tengah')).toEqual(['Bogor Tengah'])
  expect(names('ogor')).toEqual([
    'Kabupaten Bogor',
    'Kota Bogor',
    'Bogor Barat',
    'Bogor Tengah',
    'Bogorejo',
    'Tinondo Bogor',
  ])
  expect(names('sus')).toEqual(['Lasusua'])
})

test('several words match names that contain all of them, in any order', () => {
  expect(names('selatan jakarta')).toEqual(['Kota Administrasi Jakarta Selatan'])
  expect(names('kota bogor')).toEqual(['Kota Bogor'])
  expect(names('kab bogor')).toEqual(['Kabupaten Bogor'])
})

test('kec and prov name a level; kota stays part of a name', () => {
  expect(names('kec bogor')).toEqual(['Bogor Barat', 'Bogor Tengah', 'Bogorejo', 'Tinondo Bogor'])
  expect(names('prov jawa')).toEqual(['Jawa Barat'])
  expect(names('provinsi')).toEqual(['Aceh', 'Jawa Barat'])
  // A kecamatan of Kota Gorontalo is called "Kota Barat": its full name matches exactly.
  expect(names('kota barat')).toEqual(['Kota Barat'])
})

test('ties go by level (province, kab/kota, kecamatan), then name', () => {
  expect(names('barat')).toEqual(['Jawa Barat', 'Bogor Barat', 'Kota Barat'])
})

test('total counts every match while the answer holds at most the limit', () => {
  const result = searchRegionEntries(index, 'bogor', 2)
  expect(result.items.map((r) => r.code)).toEqual(['3201', '3271'])
  expect(result.total).toBe(6)
  expect(searchRegionEntries(index, '  ', 5)).toEqual({ items: [], total: 0 })
  expect(searchRegionEntries(index, 'zzz', 5)).toEqual({ items: [], total: 0 })
})

test('the query parser separates level words from the words searched', () => {
  expect(parseRegionSearch('Kec. Bogor  Tengah')).toEqual({
    words: ['bogor', 'tengah'],
    text: 'bogor tengah',
    base: 'bogor tengah',
    levels: ['district'],
  })
  expect(parseRegionSearch('Kota Bogor')?.base).toBe('bogor')
  expect(parseRegionSearch('!!')).toBeNull()
})

test('the region order is level, then name, then code, and the index ranks by it', () => {
  const sorted = [...REGIONS].sort(compareRegions).map((r) => r.code)
  expect(sorted.slice(0, 4)).toEqual(['11', '32', '1101', '3201'])
  expect(index.map((e) => e.item.code)).toEqual(sorted)
  expect(index.map((e) => e.rank)).toEqual(REGIONS.map((_, i) => i))
})

test('a longer query is answered from a complete earlier answer, as the whole index answers it', () => {
  const complete = searchRegionEntries(index, 'bog', 20)
  expect(complete.total).toBe(complete.items.length)
  for (const query of ['bogo', 'bogor', 'bogor tengah', 'kec bogor', 'kota bogor', 'tengah bog']) {
    const whole = searchRegionEntries(index, query, 20)
    expect(
      narrowSearch({ query: 'bog', regions: complete.items, total: complete.total }, query, 20),
    ).toEqual(whole)
  }
})

test('an earlier answer cannot tell when it was cut short or the new query is not narrower', () => {
  const cut = searchRegionEntries(index, 'bog', 2)
  expect(
    narrowSearch({ query: 'bog', regions: cut.items, total: cut.total }, 'bogor', 2),
  ).toBeNull()
  const complete = searchRegionEntries(index, 'bogor', 20)
  const from = { query: 'bogor', regions: complete.items, total: complete.total }
  expect(narrowSearch(from, 'bogo', 20)).toBeNull()
  expect(narrowSearch(from, 'aceh', 20)).toBeNull()
  const districts = searchRegionEntries(index, 'kec bogor', 20)
  expect(
    narrowSearch(
      { query: 'kec bogor', regions: districts.items, total: districts.total },
      'bogor',
      20,
    ),
  ).toBeNull()
})
