import { expect, test } from 'vitest'
import { parsePeriod } from './periods'
import { isInRange, presetsFor, resolvePreset, resolveViewRange, toGranularity } from './ranges'

const at = (key: string) => parsePeriod(key)!

test('last 12 months resolves per native frequency', () => {
  expect(resolvePreset('last-12-months', 'month', at('2025-07'))).toEqual({
    from: '2024-08',
    to: '2025-07',
  })
  expect(resolvePreset('last-12-months', 'quarter', at('2025-Q3'))).toEqual({
    from: '2024-Q4',
    to: '2025-Q3',
  })
  expect(resolvePreset('last-12-months', 'semester', at('2024-S2'))).toEqual({
    from: '2024-S1',
    to: '2024-S2',
  })
  expect(resolvePreset('last-12-months', 'year', at('2023-08'))).toEqual({
    from: '2023',
    to: '2023',
  })
})

test('last 4 quarters of a monthly series ends at the last complete quarter', () => {
  expect(resolvePreset('last-4-quarters', 'month', at('2025-07'))).toEqual({
    from: '2024-07',
    to: '2025-06',
  })
  expect(resolvePreset('last-4-quarters', 'month', at('2025-09'))).toEqual({
    from: '2024-10',
    to: '2025-09',
  })
  expect(resolvePreset('last-4-quarters', 'quarter', at('2025-Q3'))).toEqual({
    from: '2024-Q4',
    to: '2025-Q3',
  })
})

test('last 5 years resolves per native frequency', () => {
  expect(resolvePreset('last-5-years', 'year', at('2023-08'))).toEqual({ from: '2019', to: '2023' })
  expect(resolvePreset('last-5-years', 'month', at('2025-07'))).toEqual({
    from: '2020-08',
    to: '2025-07',
  })
  expect(resolvePreset('last-5-years', 'quarter', at('2025-Q3'))).toEqual({
    from: '2020-Q4',
    to: '2025-Q3',
  })
})

test('this year runs from January of the anchor year', () => {
  expect(resolvePreset('this-year', 'month', at('2025-07'))).toEqual({
    from: '2025-01',
    to: '2025-07',
  })
  expect(resolvePreset('this-year', 'quarter', at('2025-Q3'))).toEqual({
    from: '2025-Q1',
    to: '2025-Q3',
  })
  expect(resolvePreset('this-year', 'year', at('2024'))).toEqual({ from: '2024', to: '2024' })
})

test('a period is in range when it ends inside it', () => {
  expect(isInRange('2023-08', { from: '2019', to: '2023' })).toBe(true)
  expect(isInRange('2024-08', { from: '2019', to: '2023' })).toBe(false)
  expect(isInRange('2024-Q1', { from: '2024-03', to: '2024-03' })).toBe(true)
  expect(isInRange('2024', { from: '2024-01', to: '2024-06' })).toBe(false)
})

test('a coarser granularity keeps the end-of-period value', () => {
  const monthly = [
    { period: '2024-01', value: 1 },
    { period: '2024-02', value: 2 },
    { period: '2024-03', value: 3 },
    { period: '2024-04', value: 4 },
  ]
  expect(
    toGranularity(monthly, 'month', 'quarter').map((o) => [o.period, o.value, o.sourcePeriod]),
  ).toEqual([
    ['2024-Q1', 3, '2024-03'],
    // The second quarter is not over in the data: its point is April's, and says so.
    ['2024-04', 4, '2024-04'],
  ])
  expect(toGranularity(monthly, 'month', 'year').map((o) => [o.period, o.value])).toEqual([
    ['2024-04', 4],
  ])
})

test('a year grouped from months is the year only when December is there; else it is its month', () => {
  const monthly = ['2024-11', '2024-12', '2025-06', '2025-07'].map((period, value) => ({
    period,
    value,
  }))
  expect(toGranularity(monthly, 'month', 'year').map((o) => [o.period, o.sourcePeriod])).toEqual([
    ['2024', '2024-12'],
    ['2025-07', '2025-07'],
  ])
  // Quarters grouped into years: the fourth quarter ends the year, the second does not.
  const quarterly = ['2024-Q4', '2025-Q2'].map((period, value) => ({ period, value }))
  expect(toGranularity(quarterly, 'quarter', 'year').map((o) => o.period)).toEqual([
    '2024',
    '2025-Q2',
  ])
})

test('a finer granularity never invents values', () => {
  const yearly = [{ period: '2023-08', value: 9.39 }]
  expect(toGranularity(yearly, 'year', 'month').map((o) => o.period)).toEqual(['2023-08'])
})

test('a view range anchors the preset on the latest period at or before "as of"', () => {
  const periods = ['2021-08', '2022-08', '2023-08']
  const none = { from: null, to: null, range: null, asOf: null }
  expect(resolveViewRange(none, 'year', periods, 2026)).toEqual({
    from: '2019',
    to: '2023',
    preset: 'last-5-years',
    ignored: null,
  })
  expect(
    resolveViewRange({ ...none, range: 'last-10-years', asOf: '2022' }, 'year', periods, 2026),
  ).toMatchObject({ from: '2013', to: '2022', preset: 'last-10-years' })
  expect(
    resolveViewRange(
      { from: '2020', to: '2021', range: 'this-year', asOf: null },
      'year',
      periods,
      2026,
    ),
  ).toMatchObject({ from: '2020', to: '2021', preset: null })
  expect(resolveViewRange(none, 'year', [], 2026)).toBeNull()
})

test('a preset that means nothing at the frequency falls back to the default, and says so', () => {
  const periods = ['2021-08', '2022-08', '2023-08']
  const range = resolveViewRange(
    { from: null, to: null, range: 'last-12-months', asOf: null },
    'year',
    periods,
    2026,
  )
  expect(range).toEqual({
    from: '2019',
    to: '2023',
    preset: 'last-5-years',
    ignored: 'last-12-months',
  })
  expect(presetsFor('year')).not.toContain('this-year')
  expect(presetsFor('year')).not.toContain('last-12-months')
  expect(presetsFor('month')).toContain('last-12-months')
})

test('"this year" is the dataset’s year (or the year of "as of"), whatever the data holds', () => {
  const periods = ['2024-12', '2025-07']
  const thisYear = { from: null, to: null, range: 'this-year' as const, asOf: null }
  expect(resolveViewRange(thisYear, 'month', periods, 2026)).toMatchObject({
    from: '2026-01',
    to: '2026-12',
  })
  expect(resolveViewRange({ ...thisYear, asOf: '2024-Q3' }, 'month', periods, 2026)).toMatchObject({
    from: '2024-01',
    to: '2024-09',
  })
})
