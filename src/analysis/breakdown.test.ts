import { expect, test } from 'vitest'
import type { RegionRef } from '@/api/regions'
import type { Series } from '@/api/series'
import { makeIndicator, makeObservation, makeTarget } from '@/testing/fixtures'
import { breakdownView, type BreakdownInput } from './breakdown'

const kecamatan = (code: string, name: string): RegionRef => ({ code, name, level: 'district' })
const childRegions = [
  kecamatan('3271010', 'Bogor Selatan'),
  kecamatan('3271020', 'Bogor Timur'),
  kecamatan('3271030', 'Bogor Utara'),
]

function series(regionCode: string, values: Record<string, number>, extra: Partial<Series> = {}) {
  return {
    indicatorId: 'tpt',
    regionCode,
    observations: Object.entries(values).map(([period, value]) => makeObservation(period, value)),
    targets: [],
    ...extra,
  }
}

const input: BreakdownInput = {
  indicator: makeIndicator(),
  region: { code: '3271' },
  childRegions,
  childSeries: [
    series('3271010', { '2022-08': 12.1, '2023-08': 11.2 }),
    series('3271020', { '2022-08': 7.9, '2023-08': 8.1 }),
    // Bogor Utara has only an older round: 2023 and 2022 are held by two children each, and the
    // tie goes to the latest (the one like-for-like rule, docs/decisions/0060-one-like-for-like-rule.md).
    series('3271030', { '2021-08': 9.6 }),
  ],
  regionSeries: series(
    '3271',
    { '2022-08': 10.78, '2023-08': 9.39 },
    { targets: [makeTarget({ year: 2023, value: 8 })] },
  ),
  asOf: null,
  today: '2026-11-01',
}

test('the children are ranked on the period most of them have (ties to the latest), with the highest and lowest', () => {
  const view = breakdownView(input)!
  expect(view.period).toBe('2023-08')
  expect(view.high.region.name).toBe('Bogor Selatan')
  expect(view.low.region.name).toBe('Bogor Timur')
  expect(view.ranking.missing.map((m) => m.region.name)).toEqual(['Bogor Utara'])
  // The region's own figure and target of that same period are the reference lines.
  expect(view.own.observation?.value).toBe(9.39)
  expect(view.own.target?.value).toBe(8)
})

test('"as of" moves the compared period back', () => {
  const view = breakdownView({ ...input, asOf: '2022' })!
  expect(view.period).toBe('2022-08')
  expect(view.ranking.missing.map((m) => m.region.name)).toEqual(['Bogor Utara'])
  expect(view.high.region.name).toBe('Bogor Selatan')
  expect(view.own.observation?.value).toBe(10.78)
})

test('no breakdown for grades or without any child figure', () => {
  expect(breakdownView({ ...input, indicator: makeIndicator({ valueType: 'grade' }) })).toBeNull()
  expect(breakdownView({ ...input, childSeries: [] })).toBeNull()
  expect(breakdownView({ ...input, asOf: '2020' })).toBeNull()
})
