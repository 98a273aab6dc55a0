import { expect, test } from 'vitest'
import type { RegionRef } from '@/api/regions'
import type { Observation, Series } from '@/api/series'
import { makeIndicator, makeObservation } from '@/testing/fixtures'
import { commonPeriod, periodsHeld, rankAtPeriod, rankLikeForLike } from './ranking'

const TODAY = '2026-11-01'
const place = (code: string, name: string, level: RegionRef['level'] = 'city'): RegionRef => ({
  code,
  name,
  level,
})
const seriesOf = (
  indicatorId: string,
  regionCode: string,
  observations: Observation[],
): Series => ({
  indicatorId,
  regionCode,
  observations,
  targets: [],
})
const names = (ranked: ReadonlyArray<{ item: { region: RegionRef }; rank: number }>) =>
  ranked.map((r) => `${r.rank}. ${r.item.region.name}`)

// SAKIP as the demo has it: a score and a predicate, either of which may be missing.
const sakip = makeIndicator({
  id: 'sakip',
  unit: 'grade',
  valueType: 'grade',
  polarity: 'higher',
  gradeScale: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'],
})
const scored = (period: string, value: number | null, grade: string | null) =>
  makeObservation(period, value, { grade })
const bogor = place('3271', 'Kota Bogor')
const gorontalo = place('7571', 'Kota Gorontalo')
const dki = place('31', 'DKI Jakarta', 'province')
const jaksel = place('3171', 'Kota Administrasi Jakarta Selatan', 'admin_city')
const sakipSeries = [
  seriesOf('sakip', '3271', [scored('2016', 57.89, null), scored('2019', null, 'BB')]),
  seriesOf('sakip', '7571', [scored('2018', 64.87, 'B'), scored('2020', null, 'B')]),
  seriesOf('sakip', '31', [
    scored('2016', 60.13, 'B'),
    scored('2018', 71.04, 'BB'),
    scored('2019', 73.84, null),
    scored('2020', 74.41, null),
    scored('2021', 80.1, 'A'),
  ]),
]

test('SAKIP compares scores: the default period is the one most places have a score for', () => {
  const places = [bogor, gorontalo, dki, jaksel]
  // Scores: 2021 DKI; 2020 DKI (Gorontalo has only a predicate); 2019 DKI (Bogor has only a
  // predicate); 2018 Gorontalo and DKI; 2016 Bogor and DKI.
  expect(periodsHeld(sakip, places, sakipSeries)).toEqual([
    { period: '2021', count: 1 },
    { period: '2020', count: 1 },
    { period: '2019', count: 1 },
    { period: '2018', count: 2 },
    { period: '2016', count: 2 },
  ])
  const { period, ranking } = rankLikeForLike(sakip, places, sakipSeries, { asOf: null }, TODAY)
  expect(period).toBe('2018')
  expect(ranking?.measure).toBe('value')
  expect(names(ranking?.ranked ?? [])).toEqual(['1. DKI Jakarta', '2. Kota Gorontalo'])
  const bogorMissing = ranking?.missing.find((m) => m.region.code === '3271')
  // Bogor's nearest score (2016), not its nearer predicate without a score (2019).
  expect(bogorMissing?.nearest?.observation).toMatchObject({ period: '2016', value: 57.89 })
  expect(ranking?.missing.find((m) => m.region.code === '3171')).toEqual({
    region: jaksel,
    atPeriod: null,
    nearest: null,
  })
})

test('a predicate without its score is kept as its grade, never ranked against scores', () => {
  const ranking = rankAtPeriod(sakip, [bogor, gorontalo, dki], sakipSeries, '2020', TODAY)
  expect(names(ranking.ranked)).toEqual(['1. DKI Jakarta'])
  const gorontaloMissing = ranking.missing.find((m) => m.region.code === '7571')
  expect(gorontaloMissing?.atPeriod?.observation).toMatchObject({ grade: 'B', value: null })
  expect(gorontaloMissing?.nearest?.observation).toMatchObject({ period: '2018', value: 64.87 })
})

test('a graded indicator without scores (BPK) ranks grades', () => {
  const audit = makeIndicator({
    id: 'audit-opinion',
    unit: 'grade',
    valueType: 'grade',
    polarity: 'higher',
    gradeScale: ['TMP', 'TW', 'WDP', 'WTP'],
  })
  const series = [
    seriesOf('audit-opinion', '3271', [scored('2023', null, 'WTP')]),
    seriesOf('audit-opinion', '7571', [scored('2023', null, 'WDP')]),
  ]
  const ranking = rankAtPeriod(audit, [gorontalo, bogor], series, '2023', TODAY)
  expect(ranking.measure).toBe('grade')
  expect(names(ranking.ranked)).toEqual(['1. Kota Bogor', '2. Kota Gorontalo'])
})

test('the default period is truly the one most places share, the latest of equals', () => {
  expect(
    commonPeriod([
      { period: '2023-08', count: 2 },
      { period: '2020-08', count: 3 },
    ]),
  ).toBe('2020-08')
  expect(
    commonPeriod([
      { period: '2021', count: 1 },
      { period: '2018', count: 2 },
      { period: '2016', count: 2 },
    ]),
  ).toBe('2018')
  expect(commonPeriod([])).toBeNull()
})

test('poverty 2023: Kota Bogor’s yearly P0 ranks against Jawa Barat’s March round', () => {
  const poverty = makeIndicator({ id: 'poverty', yearRound: 3 })
  const jawaBarat = place('32', 'Jawa Barat', 'province')
  const series = [
    seriesOf('poverty', '3271', [makeObservation('2022', 7.1), makeObservation('2023', 6.67)]),
    seriesOf('poverty', '32', [makeObservation('2023-03', 7.62), makeObservation('2023-09', 7.46)]),
  ]
  const ranking = rankAtPeriod(poverty, [bogor, jawaBarat], series, '2023', TODAY)
  expect(names(ranking.ranked)).toEqual(['1. Kota Bogor', '2. Jawa Barat'])
  expect(ranking.ranked.map((r) => r.item.reading.observation.period)).toEqual(['2023', '2023-03'])
  expect(ranking.missing).toEqual([])
  // The rounds held: March 2023 by both, September 2023 by the province alone.
  expect(periodsHeld(poverty, [bogor, jawaBarat], series)).toEqual([
    { period: '2023-09', count: 1 },
    { period: '2023-03', count: 2 },
    { period: '2022-03', count: 1 },
  ])
  expect(rankLikeForLike(poverty, [bogor, jawaBarat], series, { asOf: null }, TODAY).period).toBe(
    '2023-03',
  )
})
