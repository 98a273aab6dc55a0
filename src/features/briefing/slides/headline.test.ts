import { expect, test } from 'vitest'
import type { Observation, Target } from '@/api/series'
import { readIndicator } from '@/domain/reading'
import { createI18n } from '@/i18n/i18n'
import { messagesEn } from '@/i18n/messages-en'
import { makeIndicator, makeObservation, makeTarget } from '@/testing/fixtures'
import { headline as rawHeadline } from './headline'

/** Compare as a reader sees it: the no-break space before % reads as a space. */
const headline = (...args: Parameters<typeof rawHeadline>) =>
  rawHeadline(...args).replace(/\u00a0/g, ' ')

const id = createI18n('id')
const en = createI18n('en', messagesEn)
const TODAY = '2026-11-01'

function reading(indicator = makeIndicator(), observations: Observation[], targets: Target[] = []) {
  return readIndicator(indicator, { regionCode: '3271', observations, targets }, '3271', {
    asOf: null,
    today: TODAY,
  })
}

const tpt = makeIndicator()
const obs = (period: string, value: number | null, over: Partial<Observation> = {}) =>
  makeObservation(period, value, over)

test('TPT fell and is still above its target', () => {
  const r = reading(
    tpt,
    [obs('2022-08', 10.78), obs('2023-08', 9.39)],
    [makeTarget({ year: 2023, value: 7.64 })],
  )
  expect(headline(id, r)).toBe(
    'TPT turun 1,39 poin persentase menjadi 9,39 % (Agustus 2023), masih di atas target',
  )
  expect(headline(en, r)).toBe(
    'TPT fell 1.39 percentage points to 9.39% (August 2023), still above target',
  )
})

test('a change against a synthetic figure says so', () => {
  const r = reading(tpt, [
    obs('2019-08', 11.45, { provenance: 'synthetic' }),
    obs('2020-08', 12.68),
  ])
  expect(headline(id, r)).toBe(
    'TPT naik 1,23 poin persentase menjadi 12,68 % (Agustus 2020; dibanding angka sintetis), belum ada target',
  )
})

test('a band: inside, above and below', () => {
  const inflation = makeIndicator({
    id: 'inflation',
    shortName: { id: 'Inflasi', en: 'Inflation' },
    polarity: 'band',
    frequency: 'month',
  })
  const band = makeTarget({ min: 1.5, max: 3.5, basis: 'national', provenance: 'official' })
  const at = (value: number) =>
    reading(inflation, [obs('2023-11', 2.84), obs('2023-12', value)], [band])
  expect(headline(id, at(3.36))).toBe(
    'Inflasi naik 0,52 poin persentase menjadi 3,36 % (Desember 2023), di dalam rentang target',
  )
  expect(headline(id, at(4.2))).toMatch(/di atas rentang target$/)
  expect(headline(en, at(0.9))).toMatch(/below the target band$/)
})

test('a missing target and a missing reading are said plainly', () => {
  expect(headline(id, reading(tpt, [obs('2023-08', 9.39)]))).toBe(
    'TPT 9,39 % (Agustus 2023), belum ada target',
  )
  expect(headline(en, reading(tpt, []))).toBe('No TPT data yet')
})

test('a provisional quarter says so', () => {
  const program = makeIndicator({
    id: 'program-100',
    shortName: { id: 'Program 100 hari', en: '100-day program' },
    polarity: 'higher',
    frequency: 'quarter',
    decimals: 0,
  })
  const r = reading(
    program,
    [
      obs('2026-Q3', 88, { provenance: 'synthetic' }),
      obs('2026-Q4', 88, { provenance: 'synthetic', provisional: true }),
    ],
    [makeTarget({ year: 2026, value: 90 })],
  )
  expect(headline(id, r)).toBe(
    'Program 100 hari tetap 88 % (Triwulan IV 2026, sementara), sedikit di bawah target',
  )
})

test('SAKIP speaks in predicates', () => {
  const sakip = makeIndicator({
    id: 'sakip',
    shortName: { id: 'SAKIP', en: 'SAKIP' },
    valueType: 'grade',
    unit: 'grade',
    polarity: 'higher',
    gradeScale: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'],
  })
  const r = reading(
    sakip,
    [obs('2018', null, { grade: 'B' }), obs('2019', null, { grade: 'BB' })],
    [makeTarget({ year: 2019, grade: 'A' })],
  )
  expect(headline(id, r)).toBe('SAKIP BB (2019), naik dari B, belum mencapai target A')
  expect(headline(en, r)).toBe('SAKIP BB (2019), up from B, short of the A target')
})

test('the audit opinion counts its WTP streak', () => {
  const audit = makeIndicator({
    id: 'audit-opinion',
    shortName: { id: 'Opini BPK', en: 'BPK opinion' },
    valueType: 'grade',
    unit: 'grade',
    polarity: 'higher',
    gradeScale: ['TMP', 'TW', 'WDP', 'WTP'],
  })
  const history = ['2021', '2022', '2023'].map((y) => obs(y, null, { grade: 'WTP' }))
  const r = reading(audit, history, [makeTarget({ year: 2023, grade: 'WTP' })])
  expect(headline(id, r, history)).toBe(
    'Opini BPK WTP (2023), 3 kali berturut-turut, memenuhi target WTP',
  )
  expect(headline(en, r, history)).toBe(
    'BPK opinion WTP (2023), 3 years in a row, meeting the WTP target',
  )
})
