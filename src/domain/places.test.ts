import { expect, test } from 'vitest'
import { codeLineage, placeName, placeShortName } from './places'

test('every place name carries its level', () => {
  expect(placeName({ name: 'Kota Barat', level: 'district' })).toBe('Kec. Kota Barat')
  expect(placeName({ name: 'Kota Gorontalo', level: 'city' })).toBe('Kota Gorontalo')
  expect(placeName({ name: 'Gorontalo', level: 'province' })).toBe('Prov. Gorontalo')
  expect(placeName({ name: 'Daerah Khusus Ibukota Jakarta', level: 'province' })).toBe(
    'Prov. DKI Jakarta',
  )
  expect(placeName({ name: 'Kabupaten Bogor', level: 'regency' })).toBe('Kabupaten Bogor')
  expect(placeName({ name: 'Bogor', level: 'regency' })).toBe('Kabupaten Bogor')
  expect(placeName({ name: 'Indonesia', level: 'national' })).toBe('Indonesia')
  expect(placeShortName({ name: 'Kabupaten Bogor', level: 'regency' })).toBe('Kab. Bogor')
  expect(placeShortName({ name: 'Kota Administrasi Jakarta Selatan', level: 'admin_city' })).toBe(
    'Kota Adm. Jakarta Selatan',
  )
})

test('a code’s lineage, both kinds', () => {
  expect(codeLineage('3271040')).toEqual(['3271040', '3271', '32', '0000'])
  expect(codeLineage('32')).toEqual(['32', '0000'])
  expect(codeLineage('94.01.05')).toBeNull()
  expect(codeLineage('0000')).toEqual(['0000'])
})
