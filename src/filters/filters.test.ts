import { expect, test } from 'vitest'
import { nextSearch, parseFilters } from './filters'

test('reads region, period, language and view from the URL', () => {
  const { filters, issues } = parseFilters(
    new URLSearchParams('region=7571&period=2024-Q3&lang=en&view=table'),
  )
  expect(filters).toEqual({ region: '7571', period: '2024-Q3', lang: 'en', view: 'table' })
  expect(issues).toEqual([])
})

test('falls back to defaults and reports each malformed value', () => {
  const { filters, issues } = parseFilters(
    new URLSearchParams('region=<script>&period=2024-13&lang=fr&view=pie'),
  )
  expect(filters).toEqual({ region: '3271', period: null, lang: 'id', view: 'chart' })
  expect(issues.map((issue) => issue.param)).toEqual(['region', 'period', 'lang', 'view'])
})

test('accepts a lower-case quarter key', () => {
  expect(parseFilters(new URLSearchParams('period=2024-q3')).filters.period).toBe('2024-Q3')
})

test('writing a filter drops the malformed values and keeps unrelated parameters', () => {
  const next = nextSearch(new URLSearchParams('region=abc&period=nope&scenario=slow'), {
    period: '2023',
  })
  expect(next.get('region')).toBe('3271')
  expect(next.get('period')).toBe('2023')
  expect(next.get('scenario')).toBe('slow')
})
