import { expect, test } from 'vitest'
import {
  compareKeys,
  formatPeriodKey,
  isAtOrBefore,
  parsePeriod,
  periodKey,
  previousPeriod,
  sortByPeriod,
} from './periods'

test('parses the four period shapes and round-trips their keys', () => {
  expect(parsePeriod('2023')).toEqual({ kind: 'year', year: 2023 })
  expect(parsePeriod('2024-S1')).toEqual({ kind: 'semester', year: 2024, semester: 1 })
  expect(parsePeriod('2024-Q3')).toEqual({ kind: 'quarter', year: 2024, quarter: 3 })
  expect(parsePeriod('2024-08')).toEqual({ kind: 'month', year: 2024, month: 8 })
  for (const key of ['2023', '2024-S2', '2024-Q1', '2024-12']) {
    expect(periodKey(parsePeriod(key)!)).toBe(key)
  }
})

test('rejects malformed period keys', () => {
  for (const key of [
    '',
    '23',
    '2024-13',
    '2024-00',
    '2024-Q5',
    '2024-S3',
    '2024-q3',
    '2024-8',
    'abcd',
    '1800',
    '2024-08-01',
    ' 2024',
  ]) {
    expect(parsePeriod(key)).toBeNull()
  }
})

test('formats periods in Indonesian', () => {
  expect(formatPeriodKey('2023-08', 'id')).toBe('Agustus 2023')
  expect(formatPeriodKey('2024-Q3', 'id')).toBe('Triwulan III 2024')
  expect(formatPeriodKey('2024-S1', 'id')).toBe('Semester I 2024')
  expect(formatPeriodKey('2023', 'id')).toBe('2023')
  expect(formatPeriodKey('2024-02', 'id')).toBe('Februari 2024')
})

test('formats periods in English', () => {
  expect(formatPeriodKey('2023-08', 'en')).toBe('August 2023')
  expect(formatPeriodKey('2024-Q3', 'en')).toBe('Q3 2024')
  expect(formatPeriodKey('2024-S2', 'en')).toBe('H2 2024')
})

test('orders periods of mixed granularity by the month they end in', () => {
  expect(compareKeys('2023-08', '2023')).toBeLessThan(0)
  expect(compareKeys('2023-12', '2023')).toBeLessThan(0)
  expect(compareKeys('2024-Q1', '2024-03')).toBeGreaterThan(0)
  expect(compareKeys('2024-S1', '2024-Q2')).toBeGreaterThan(0)
  expect(
    sortByPeriod([{ period: '2024' }, { period: '2023-08' }, { period: '2024-Q3' }]).map(
      (p) => p.period,
    ),
  ).toEqual(['2023-08', '2024-Q3', '2024'])
})

test('a period is at or before "as of" once it has ended by the end of it', () => {
  const at = (key: string, asOf: string) => isAtOrBefore(parsePeriod(key)!, parsePeriod(asOf)!)
  expect(at('2023-08', '2023')).toBe(true)
  expect(at('2024-02', '2024-Q2')).toBe(true)
  expect(at('2024-Q2', '2024-08')).toBe(true)
  expect(at('2024-08', '2024-Q2')).toBe(false)
  expect(at('2023-08', '2023-07')).toBe(false)
  // A yearly figure counts only once its year has ended.
  expect(at('2024', '2024-Q3')).toBe(false)
  expect(at('2024', '2024-12')).toBe(true)
})

test('steps back one period at the same granularity', () => {
  expect(periodKey(previousPeriod(parsePeriod('2024-Q1')!))).toBe('2023-Q4')
  expect(periodKey(previousPeriod(parsePeriod('2024-01')!))).toBe('2023-12')
  expect(periodKey(previousPeriod(parsePeriod('2024-S1')!))).toBe('2023-S2')
  expect(periodKey(previousPeriod(parsePeriod('2024')!))).toBe('2023')
})
