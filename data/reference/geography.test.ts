import { expect, test } from 'vitest'
import { searchRegionEntries } from '@/domain/region-search'
import { regionRows } from './csv'
import {
  BPS_PROVINCES,
  childrenOf,
  geographyFromRecords,
  getGeography,
  orderedGeographyRecords,
  readGeographyRecords,
  resolveRegionCode,
} from './geography'
import { compactGeography, expandGeography } from '../prebuilt'

const geography = getGeography()
const byLevel = (level: string) => geography.regions.filter((r) => r.level === level)

test('Indonesia: the nation, 38 provinces, 514 kab/kota and 7,285 kecamatan', () => {
  expect(byLevel('national')).toHaveLength(1)
  expect(byLevel('province')).toHaveLength(38)
  const counties = geography.regions.filter((r) =>
    ['city', 'regency', 'admin_city', 'admin_regency'].includes(r.level),
  )
  expect(counties).toHaveLength(514)
  expect(counties.filter((r) => r.level === 'city' || r.level === 'admin_city')).toHaveLength(98)
  expect(byLevel('admin_city')).toHaveLength(5)
  expect(byLevel('admin_regency')).toHaveLength(1)
  expect(byLevel('district')).toHaveLength(7285)
  expect(geography.regions).toHaveLength(1 + 38 + 514 + 7285)
  expect(new Set(geography.regions.map((r) => r.code)).size).toBe(geography.regions.length)
})

test('every region lists its ancestors root first, ending with its parent', () => {
  for (const region of geography.regions) {
    if (region.parentCode === null) {
      expect(region.ancestors).toEqual([])
      continue
    }
    const parent = geography.byCode.get(region.parentCode)!
    expect(region.ancestors).toEqual([
      ...parent.ancestors,
      { code: parent.code, name: parent.name, level: parent.level },
    ])
    expect(region.ancestors[0]?.code).toBe('0000')
  }
  expect(resolveRegionCode('3271040')?.ancestors.map((a) => a.name)).toEqual([
    'Indonesia',
    'Jawa Barat',
    'Kota Bogor',
  ])
})

test('childCount is the number of direct children, which come sorted by name', () => {
  const counted = new Map<string, number>()
  for (const r of geography.regions) {
    if (r.parentCode) counted.set(r.parentCode, (counted.get(r.parentCode) ?? 0) + 1)
  }
  for (const region of geography.regions) {
    expect(region.childCount).toBe(counted.get(region.code) ?? 0)
  }
  expect(resolveRegionCode('0000')?.childCount).toBe(38)
  expect(resolveRegionCode('32')?.childCount).toBe(27)
  expect(resolveRegionCode('3201')?.childCount).toBe(40)
  expect(childrenOf('3271').map((r) => r.name)).toEqual([
    'Bogor Barat',
    'Bogor Selatan',
    'Bogor Tengah',
    'Bogor Timur',
    'Bogor Utara',
    'Tanah Sareal',
  ])
})

test('both kinds of code resolve: BPS undotted, Kemendagri dotted, to the canonical region', () => {
  expect(resolveRegionCode('3271')).toMatchObject({
    code: '3271',
    bpsCode: '3271',
    kemendagriCode: '32.71',
    name: 'Kota Bogor',
    level: 'city',
    parentCode: '32',
  })
  expect(resolveRegionCode('32.71')?.code).toBe('3271')
  // Bogor Tengah is 32.71.03 at Kemendagri, 3271040 at BPS.
  expect(resolveRegionCode('32.71.03')?.code).toBe('3271040')
  expect(resolveRegionCode('3271040')?.kemendagriCode).toBe('32.71.03')
  // A kecamatan without a known BPS code is keyed by its Kemendagri code.
  expect(resolveRegionCode('32.01.01')).toMatchObject({
    code: '32.01.01',
    bpsCode: null,
    parentCode: '3201',
  })
  expect(resolveRegionCode('0000')?.name).toBe('Indonesia')
})

test('inside DKI Jakarta BPS and Kemendagri number the kota differently', () => {
  expect(resolveRegionCode('31.74')).toMatchObject({
    code: '3171',
    name: 'Kota Administrasi Jakarta Selatan',
    level: 'admin_city',
  })
  expect(resolveRegionCode('3171')?.kemendagriCode).toBe('31.74')
  expect(resolveRegionCode('31.71')?.code).toBe('3173') // Jakarta Pusat
  expect(resolveRegionCode('31.01')).toMatchObject({ code: '3101', level: 'admin_regency' })
  const dki = geography.regions.filter((r) => r.code.startsWith('31') && r.level === 'district')
  expect(dki).toHaveLength(44)
  expect(dki.every((r) => /^31\d{5}$/.test(r.code))).toBe(true)
})

test('Papua: BPS province codes, and kab/kota keyed by Kemendagri (no BPS code known)', () => {
  expect(resolveRegionCode('94')).toMatchObject({ name: 'Papua', kemendagriCode: '91' })
  expect(resolveRegionCode('91')).toMatchObject({ name: 'Papua Barat', kemendagriCode: '92' })
  expect(resolveRegionCode('92')?.name).toBe('Papua Barat Daya')
  expect(resolveRegionCode('91.03')).toMatchObject({
    code: '91.03',
    bpsCode: null,
    name: 'Kabupaten Jayapura',
    parentCode: '94',
  })
  // An undotted code is never guessed from Kemendagri's: 9103 is no region here.
  expect(resolveRegionCode('9103')).toBeNull()
  const papuaCounties = geography.regions.filter(
    (r) =>
      r.level !== 'district' &&
      r.ancestors.length === 2 &&
      ['91', '92', '94', '95', '96', '97'].includes(r.parentCode ?? ''),
  )
  expect(papuaCounties.length).toBe(42)
  expect(papuaCounties.every((r) => r.bpsCode === null)).toBe(true)
})

test('the provinces carry BPS codes and are the 38 of BPS’s table', () => {
  const normalise = (name: string) =>
    name.replace('Daerah Khusus Ibukota', 'DKI').replace('Daerah Istimewa', 'DI')
  expect(
    byLevel('province')
      .map((r) => [r.code, normalise(r.name)])
      .sort(),
  ).toEqual([...BPS_PROVINCES].map(([code, name]) => [code, name]).sort())
})

test('unknown and malformed codes resolve to nothing', () => {
  for (const code of ['9999', '99', '32.99', '32.71.99', '3271999', '32-71', '', 'abc']) {
    expect(resolveRegionCode(code)).toBeNull()
  }
  expect(childrenOf('9999')).toEqual([])
})

test('every seed area of regions.csv is in the map under its BPS code', () => {
  for (const row of regionRows()) {
    if (!row.bps_code) continue
    const region = resolveRegionCode(row.bps_code)
    expect(region?.kemendagriCode, row.name).toBe(row.kemendagri_code)
  }
})

test('search over all of Indonesia finds kab/kota and kecamatan by part of their name', () => {
  const search = (q: string, limit = 20) => searchRegionEntries(geography.search, q, limit)
  expect(search('aceh selatan').items[0]?.name).toBe('Kabupaten Aceh Selatan')
  const bogor = search('bogor').items.map((r) => r.name)
  expect(bogor.slice(0, 2).sort()).toEqual(['Kabupaten Bogor', 'Kota Bogor'])
  expect(bogor.slice(2, 7)).toEqual([
    'Bogor Barat',
    'Bogor Selatan',
    'Bogor Tengah',
    'Bogor Timur',
    'Bogor Utara',
  ])
  expect(search('bogor tengah').items[0]?.ancestors.map((a) => a.code)).toEqual([
    '0000',
    '32',
    '3271',
  ])
  expect(search('kec kluet').items.every((r) => r.level === 'district')).toBe(true)
  expect(search('sorong').items.map((r) => r.code)).toContain('96.71')
})

test('the demo build records, children in a row by name, give the same regions, children and search', () => {
  const shipped = geographyFromRecords(
    expandGeography(
      compactGeography(orderedGeographyRecords(geography, readGeographyRecords().bps)),
    ),
    { ordered: true },
  )
  expect(shipped.regions).toHaveLength(geography.regions.length)
  for (const region of geography.regions) expect(shipped.byCode.get(region.code)).toEqual(region)
  for (const [code, list] of geography.children) {
    expect(shipped.children.get(code)?.map((r) => r.code)).toEqual(list.map((r) => r.code))
  }
  expect(shipped.search.map((e) => [e.item.code, e.name, e.base, e.rank])).toEqual(
    geography.search.map((e) => [e.item.code, e.name, e.base, e.rank]),
  )
  for (const q of ['bogor', 'kec sukamaju', 'kota ma', 'aceh selatan', 'jawa']) {
    expect(searchRegionEntries(shipped.search, q, 20)).toEqual(
      searchRegionEntries(geography.search, q, 20),
    )
  }
})
