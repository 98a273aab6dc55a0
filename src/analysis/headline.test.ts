import { expect, test } from 'vitest'
import { makeIndicator, makeObservation, makeTarget } from '@/testing/fixtures'
import { createI18n } from '@/i18n/i18n'
import { headline as rawHeadline } from './headline'

/** Compare as a reader sees it: the no-break space before % reads as a space. */
const headline = (...args: Parameters<typeof rawHeadline>) =>
  rawHeadline(...args).replace(/\u00a0/g, ' ')

const id = createI18n('id')
const en = createI18n('en')

const indicator = makeIndicator
const obs = (period: string, value: number | null, grade: string | null = null) =>
  makeObservation(period, value, { grade })
const target = makeTarget

const tpt = indicator({})

test('lower is better: a fall that is still above target', () => {
  const input = {
    indicator: tpt,
    latest: obs('2023-08', 9.39),
    previous: obs('2022-08', 10.78),
    target: target({ value: 7.64 }),
    status: 'off' as const,
  }
  expect(headline(id, input)).toBe(
    'TPT turun 1,39 poin menjadi 9,39 % (Agustus 2023), masih di atas target',
  )
  expect(headline(en, input)).toBe(
    'TPT fell 1.39 points to 9.39% (August 2023), still above target',
  )
})

test('lower is better: near and achieved', () => {
  const base = {
    indicator: tpt,
    latest: obs('2023-08', 8),
    previous: obs('2022-08', 8),
    target: target({ value: 7.64 }),
  }
  expect(headline(id, { ...base, status: 'near' })).toBe(
    'TPT tetap 8,00 % (Agustus 2023), sedikit di atas target',
  )
  expect(headline(id, { ...base, status: 'achieved' })).toBe(
    'TPT tetap 8,00 % (Agustus 2023), sudah memenuhi target',
  )
})

test('higher is better: a rise still below target', () => {
  const program = indicator({
    id: 'program-100',
    shortName: { id: 'Program 100 hari', en: '100-day programs' },
    polarity: 'higher',
    decimals: 0,
  })
  const input = {
    indicator: program,
    latest: obs('2023-Q4', 78),
    previous: obs('2023-Q3', 76),
    target: target({ value: 90 }),
    status: 'off' as const,
  }
  expect(headline(id, input)).toBe(
    'Program 100 hari naik 2 poin menjadi 78 % (Triwulan IV 2023), masih di bawah target',
  )
  expect(headline(en, input)).toBe(
    '100-day programs rose 2 points to 78% (Q4 2023), still below target',
  )
})

test('a band: inside, above and below', () => {
  const inflation = indicator({
    id: 'inflation',
    shortName: { id: 'Inflasi', en: 'Inflation' },
    polarity: 'band',
  })
  const band = target({ min: 1.5, max: 3.5, basis: 'national', provenance: 'official' })
  const base = { indicator: inflation, previous: obs('2023-11', 2.84), target: band }
  expect(headline(id, { ...base, latest: obs('2023-12', 3.36), status: 'achieved' })).toBe(
    'Inflasi naik 0,52 poin menjadi 3,36 % (Desember 2023), di dalam rentang target',
  )
  expect(headline(id, { ...base, latest: obs('2023-12', 4.2), status: 'off' })).toMatch(
    /di atas rentang target$/,
  )
  expect(headline(en, { ...base, latest: obs('2023-12', 0.9), status: 'off' })).toMatch(
    /below the target band$/,
  )
})

test('a missing target and a missing previous value are said plainly', () => {
  expect(
    headline(id, {
      indicator: tpt,
      latest: obs('2023-08', 9.39),
      previous: undefined,
      target: undefined,
      status: 'no-target',
    }),
  ).toBe('TPT 9,39 % (Agustus 2023), belum ada target')
  expect(
    headline(en, {
      indicator: tpt,
      latest: undefined,
      previous: undefined,
      target: undefined,
      status: 'no-data',
    }),
  ).toBe('No TPT data yet')
})

test('SAKIP speaks in predicates', () => {
  const sakip = indicator({
    id: 'sakip',
    shortName: { id: 'SAKIP', en: 'SAKIP' },
    valueType: 'grade',
    unit: 'grade',
    polarity: 'higher',
    gradeScale: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'],
  })
  const input = {
    indicator: sakip,
    latest: obs('2019', null, 'BB'),
    previous: obs('2018', null, 'B'),
    target: target({ grade: 'A' }),
    status: 'near' as const,
  }
  expect(headline(id, input)).toBe('SAKIP BB (2019), naik dari B, belum mencapai target A')
  expect(headline(en, input)).toBe('SAKIP BB (2019), up from B, short of the A target')
})

test('the audit opinion counts its WTP streak', () => {
  const audit = indicator({
    id: 'audit-opinion',
    shortName: { id: 'Opini BPK', en: 'BPK opinion' },
    valueType: 'grade',
    unit: 'grade',
    polarity: 'higher',
    gradeScale: ['TMP', 'TW', 'WDP', 'WTP'],
  })
  const history = ['2021', '2022', '2023'].map((y) => obs(y, null, 'WTP'))
  const input = {
    indicator: audit,
    latest: history[2],
    previous: history[1],
    target: target({ grade: 'WTP' }),
    status: 'achieved' as const,
    history,
  }
  expect(headline(id, input)).toBe(
    'Opini BPK WTP (2023), 3 kali berturut-turut, memenuhi target WTP',
  )
  expect(headline(en, input)).toBe(
    'BPK opinion WTP (2023), 3 years in a row, meeting the WTP target',
  )
})
