import { expect, test } from 'vitest'
import { makeIndicator, makeObservation, makeTarget } from '@/testing/fixtures'
import {
  ageOf,
  changeBetween,
  previousReading,
  readAt,
  readIndicator,
  roundKey,
  sameRound,
  targetForYear,
} from './reading'
import { parsePeriod } from './periods'

const TODAY = '2026-11-01'
const tpt = makeIndicator() // yearly, August round, published ~67 days after August ends
const official = (period: string, value: number) => makeObservation(period, value)
const synthetic = (period: string, value: number) =>
  makeObservation(period, value, { provenance: 'synthetic' })

const bogor = {
  regionCode: '3271',
  observations: [
    official('2018-08', 9.65),
    synthetic('2019-08', 11.45),
    official('2020-08', 12.68),
    official('2022-08', 10.78),
    official('2023-08', 9.39),
  ],
  targets: [
    makeTarget({ year: 2023, value: 7.64, basis: 'rpjmd' }),
    makeTarget({ year: 2023, value: 5.5, basis: 'national', provenance: 'official' }),
  ],
}

test('the reading is the latest figure at or before "as of", judged by its year’s target', () => {
  const reading = readIndicator(tpt, bogor, '3271', { asOf: '2023', today: TODAY })
  expect(reading.observation?.period).toBe('2023-08')
  expect(reading.target).toMatchObject({ year: 2023, value: 7.64, basis: 'rpjmd' })
  expect(reading.status).toBe('off')
  const earlier = readIndicator(tpt, bogor, '3271', { asOf: '2021-Q2', today: TODAY })
  expect(earlier.observation?.period).toBe('2020-08')
  expect(readIndicator(tpt, bogor, '3271', { asOf: '2017', today: TODAY })).toMatchObject({
    observation: null,
    status: 'no-data',
    age: null,
  })
})

test('the yearly plan (RKPD) wins over the five-year plan (RPJMD), which wins over the nation', () => {
  const targets = [
    makeTarget({ year: 2026, value: 8, basis: 'national' }),
    makeTarget({ year: 2026, value: 7, basis: 'rpjmd' }),
    makeTarget({ year: 2026, value: 6.9, basis: 'rkpd' }),
  ]
  expect(targetForYear(targets, 2026)?.basis).toBe('rkpd')
  expect(targetForYear(targets.slice(0, 2), 2026)?.basis).toBe('rpjmd')
  expect(targetForYear(targets.slice(0, 1), 2026)?.basis).toBe('national')
  expect(targetForYear(targets, 2025)).toBeNull()
})

test('the change is against the previous reading of the same round, in points, marked synthetic', () => {
  const reading = readIndicator(tpt, bogor, '3271', { asOf: null, today: TODAY })
  expect(reading.change).toMatchObject({ direction: 'down', delta: -1.39, synthetic: false })
  expect(reading.change?.from.period).toBe('2022-08')
  const in2020 = readIndicator(tpt, bogor, '3271', { asOf: '2020', today: TODAY })
  // 2020 against the interpolated 2019: a change, but not an official one.
  expect(in2020.change).toMatchObject({ direction: 'up', delta: 1.23, synthetic: true })
})

test('August is compared with August, never with the February round', () => {
  const nation = [official('2022-08', 5.86), official('2023-02', 5.45), official('2023-08', 5.32)]
  const latest = nation[2]!
  expect(previousReading(tpt, nation, latest)?.period).toBe('2022-08')
  const monthly = makeIndicator({ frequency: 'month' })
  expect(previousReading(monthly, nation, latest)?.period).toBe('2023-02')
})

test('a yearly survey read by month is compared August with August only', () => {
  expect(sameRound(tpt, '2022-08', '2023-08')).toBe(true)
  expect(sameRound(tpt, '2023-02', '2023-08')).toBe(false)
  expect(sameRound(tpt, '2023', '2023-08')).toBe(false)
  expect(sameRound(makeIndicator({ frequency: 'month' }), '2023-02', '2023-08')).toBe(true)
})

test('age: the releases the calendar expected since the reading, with the one that should exist', () => {
  const reading = readIndicator(tpt, bogor, '3271', { asOf: null, today: TODAY })
  // August 2024 (out ~6 Nov 2024) and August 2025 are missing; August 2026 is not due until 6 Nov 2026.
  expect(reading.age).toEqual({
    behind: 2,
    expectedPeriod: '2025-08',
    expectedRelease: '2025-11-06',
  })
  const asOf2023 = readIndicator(tpt, bogor, '3271', { asOf: '2023', today: TODAY })
  expect(asOf2023.age).toMatchObject({ behind: 0, expectedPeriod: '2023-08' })
})

test('Kota Gorontalo’s TPT of August 2020 is five releases behind in November 2026', () => {
  const age = ageOf(tpt, official('2020-08', 4.3), null, TODAY)
  expect(age).toEqual({ behind: 5, expectedPeriod: '2025-08', expectedRelease: '2025-11-06' })
  expect(ageOf(tpt, official('2020-08', 4.3), parsePeriod('2023'), TODAY)?.behind).toBe(3)
  // A day before the August 2025 release, only 2021–2024 were due.
  expect(ageOf(tpt, official('2020-08', 4.3), null, '2025-11-05')?.behind).toBe(4)
})

test('monthly inflation is one release behind after the first of the next month', () => {
  const inflation = makeIndicator({
    id: 'inflation',
    frequency: 'month',
    release: {
      lagDays: { year: null, semester: null, quarter: null, month: 1 },
      note: { id: '', en: '' },
    },
  })
  expect(ageOf(inflation, official('2026-09', 2.1), null, TODAY)).toEqual({
    behind: 1,
    expectedPeriod: '2026-10',
    expectedRelease: '2026-11-01',
  })
  expect(ageOf(inflation, official('2026-09', 2.1), null, '2026-10-31')?.behind).toBe(0)
})

test('a kind of period without a calendar is never called late', () => {
  const sakip = makeIndicator({
    valueType: 'grade',
    release: {
      lagDays: { year: null, semester: null, quarter: null, month: null },
      note: { id: '', en: '' },
    },
  })
  expect(ageOf(sakip, makeObservation('2019', null, { grade: 'BB' }), null, TODAY)).toEqual({
    behind: 0,
    expectedPeriod: '2019',
    expectedRelease: null,
  })
})

test('like for like: a reading at one exact period, never a neighbouring one', () => {
  expect(readAt(tpt, bogor, '3271', '2022-08', TODAY).observation?.value).toBe(10.78)
  expect(readAt(tpt, bogor, '3271', '2021-08', TODAY)).toMatchObject({
    observation: null,
    status: 'no-data',
  })
  expect(readAt(tpt, undefined, '7571', '2023-08', TODAY).observation).toBeNull()
})

test('a yearly survey read by month is compared August with August only', () => {
  expect(sameRound(tpt, '2022-08', '2023-08')).toBe(true)
  expect(sameRound(tpt, '2023-02', '2023-08')).toBe(false)
  expect(sameRound(tpt, '2023', '2023-08')).toBe(false)
  expect(sameRound(makeIndicator({ frequency: 'month' }), '2023-02', '2023-08')).toBe(true)
})

// Poverty: a kab/kota's yearly P0 is the March Susenas round, the province's `YYYY-03`.
const poverty = makeIndicator({ id: 'poverty', yearRound: 3 })

test('a kab/kota’s yearly poverty figure is the March round: the same round as the province’s March', () => {
  expect(roundKey(poverty, '2023')).toBe('2023-03')
  expect(roundKey(poverty, '2023-09')).toBe('2023-09')
  expect(roundKey(tpt, '2023')).toBe('2023')
  expect(sameRound(poverty, '2023', '2023-03')).toBe(true)
  expect(sameRound(poverty, '2022', '2023-03')).toBe(true)
  expect(sameRound(poverty, '2023', '2023-09')).toBe(false)
  const jawaBarat = { regionCode: '32', observations: [official('2023-03', 7.62)], targets: [] }
  const kotaBogor = { regionCode: '3271', observations: [official('2023', 6.67)], targets: [] }
  // Like for like at the round, whichever key the link names: the city's `2023` is March 2023.
  expect(readAt(poverty, kotaBogor, '3271', '2023-03', TODAY).observation?.value).toBe(6.67)
  expect(readAt(poverty, jawaBarat, '32', '2023', TODAY).observation?.value).toBe(7.62)
  expect(readAt(poverty, jawaBarat, '32', '2023-09', TODAY).observation).toBeNull()
  // The figure keeps its own key (its label and its age are the city's yearly release).
  expect(readAt(poverty, kotaBogor, '3271', '2023-03', TODAY).observation?.period).toBe('2023')
})

test('grades change by steps of their scale', () => {
  const audit = makeIndicator({
    id: 'audit-opinion',
    valueType: 'grade',
    unit: 'grade',
    polarity: 'higher',
    gradeScale: ['TMP', 'TW', 'WDP', 'WTP'],
  })
  const series = {
    regionCode: '3201',
    observations: [
      makeObservation('2023', null, { grade: 'WDP' }),
      makeObservation('2024', null, { grade: 'WTP' }),
    ],
    targets: [makeTarget({ year: 2024, grade: 'WTP' })],
  }
  const reading = readIndicator(audit, series, '3201', { asOf: null, today: TODAY })
  expect(reading.status).toBe('achieved')
  expect(reading.change).toMatchObject({ direction: 'up', steps: 1, delta: null })
})

test('a change is the difference of the printed figures, so "naik" never sits beside equal ones', () => {
  const stunting = makeIndicator({ id: 'stunting', decimals: 1 })
  // 20.14 and 20.06 both print as 20,1: no change, though the stored values differ by 0.08.
  expect(changeBetween(stunting, official('2022', 20.14), official('2023', 20.06))).toMatchObject({
    direction: 'same',
    delta: 0,
  })
  // 20.04 and 20.06 print as 20,0 and 20,1: up by the 0,1 a reader sees.
  expect(changeBetween(stunting, official('2022', 20.04), official('2023', 20.06))).toMatchObject({
    direction: 'up',
    delta: 0.1,
  })
})
