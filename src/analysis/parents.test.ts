import { expect, test } from 'vitest'
import type { Region, RegionRef } from '@/api/regions'
import type { Series } from '@/api/series'
import { createI18n } from '@/i18n/i18n'
import { messagesEn } from '@/i18n/messages-en'
import { makeIndicator, makeObservation } from '@/testing/fixtures'
import { parentsSentence, parentsView, type ParentsInput } from './parents'

const id = createI18n('id')
const en = createI18n('en', messagesEn)
const plain = (text: string) => text.replace(/\u00a0/g, ' ')

const nation: RegionRef = { code: '0000', name: 'Indonesia', level: 'national' }
const province: RegionRef = { code: '32', name: 'Jawa Barat', level: 'province' }
const city: Region = {
  code: '3271',
  bpsCode: '3271',
  kemendagriCode: '32.71',
  name: 'Kota Bogor',
  level: 'city',
  parentCode: '32',
  ancestors: [nation, province],
  childCount: 0,
}
const tpt = makeIndicator()

function series(regionCode: string, values: Record<string, number>): Series {
  return {
    indicatorId: 'tpt',
    regionCode,
    observations: Object.entries(values).map(([period, value]) => makeObservation(period, value)),
    targets: [],
  }
}

const input: ParentsInput = {
  indicator: tpt,
  region: city,
  series: [
    series('3271', { '2022-08': 10.78, '2023-08': 9.39 }),
    // The province also publishes a February round, and it is newer than the city's August.
    series('32', { '2022-08': 8.31, '2023-02': 7.89, '2023-08': 7.44, '2024-02': 6.91 }),
    series('0000', { '2022-08': 5.86, '2023-08': 5.32, '2024-02': 4.82 }),
  ],
  range: { from: '2022-01', to: '2024-12' },
  granularity: null,
  asOf: null,
  today: '2026-11-01',
}

test("each parent is read at the region's period, never at its own latest", () => {
  const view = parentsView(input)
  expect(view.period).toBe('2023-08')
  expect(view.places.map((p) => [p.region.code, p.reading.observation?.period])).toEqual([
    ['3271', '2023-08'],
    ['32', '2023-08'],
    ['0000', '2023-08'],
  ])
  expect(plain(parentsSentence(id, tpt, view))).toBe(
    'TPT Kota Bogor 9,39 % (Agustus 2023): di atas Prov. Jawa Barat (7,44 %) dan Indonesia (5,32 %)',
  )
  expect(plain(parentsSentence(en, tpt, view))).toBe(
    'TPT Kota Bogor 9.39% (August 2023): above Prov. Jawa Barat (7.44%) and Indonesia (5.32%)',
  )
})

test("the lines keep the region's round only: August with August", () => {
  const view = parentsView(input)
  const periods = (code: string) =>
    view.lines.find((l) => l.region.code === code)?.shown.map((o) => o.observation.period)
  expect(periods('32')).toEqual(['2022-08', '2023-08'])
  expect(periods('0000')).toEqual(['2022-08', '2023-08'])
  expect(view.lines.map((l) => l.role)).toEqual(['region', 'parent', 'nation'])
})

test('a parent without that round shows its nearest figure with its own period, uncompared', () => {
  const view = parentsView({
    ...input,
    series: [
      series('3271', { '2022-08': 10.78, '2023-08': 9.39 }),
      series('32', { '2022-08': 8.31, '2024-02': 6.91 }),
      series('0000', { '2023-08': 5.32 }),
    ],
  })
  const provinceRow = view.places[1]
  expect(provinceRow?.reading.observation).toBeNull()
  expect(provinceRow?.nearest?.observation.period).toBe('2024-02')
  expect(plain(parentsSentence(id, tpt, view))).toBe(
    'TPT Kota Bogor 9,39 % (Agustus 2023): di atas Indonesia (5,32 %); belum ada angka Agustus 2023 untuk Prov. Jawa Barat (terdekat: 6,91 %, Februari 2024)',
  )
  // With no parent of that round, the sentence says only what is missing.
  const alone = parentsView({
    ...input,
    series: [series('3271', { '2023-08': 9.39 }), series('32', { '2024-02': 6.91 })],
  })
  expect(plain(parentsSentence(id, tpt, alone))).toBe(
    'TPT Kota Bogor 9,39 % (Agustus 2023): belum ada angka Agustus 2023 untuk Prov. Jawa Barat (terdekat: 6,91 %, Februari 2024) dan Indonesia',
  )
})

test('"as of" moves the compared period with the reading', () => {
  const view = parentsView({ ...input, asOf: '2022' })
  expect(view.period).toBe('2022-08')
  expect(plain(parentsSentence(id, tpt, view))).toBe(
    'TPT Kota Bogor 10,78 % (Agustus 2022): di atas Prov. Jawa Barat (8,31 %) dan Indonesia (5,86 %)',
  )
})

test('figures equal in print are "sama dengan", whatever the stored digits', () => {
  const view = parentsView({
    ...input,
    series: [series('3271', { '2023-08': 7.441 }), series('32', { '2023-08': 7.444 })],
  })
  expect(plain(parentsSentence(id, tpt, view))).toMatch(
    /: sama dengan Prov\. Jawa Barat \(7,44 %\)/,
  )
})
