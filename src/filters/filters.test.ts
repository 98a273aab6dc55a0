import { expect, test } from 'vitest'
import { nextSearch, parseFilters } from './filters'

test('reads region, period, language and view from the URL', () => {
  const { filters, issues } = parseFilters(
    new URLSearchParams('region=7571&period=2024-Q3&lang=en&view=table'),
  )
  expect(filters).toMatchObject({ region: '7571', period: '2024-Q3', lang: 'en', view: 'table' })
  expect(issues).toEqual([])
})

test('falls back to defaults and reports each malformed value', () => {
  const { filters, issues } = parseFilters(
    new URLSearchParams('region=<script>&period=2024-13&lang=fr&view=pie'),
  )
  expect(filters).toMatchObject({ region: '3271', period: null, lang: 'id', view: 'chart' })
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

test('reads an agency and a program status', () => {
  const { filters, issues } = parseFilters(new URLSearchParams('agency=3271-dinkes&status=at-risk'))
  expect(filters.agency).toBe('3271-dinkes')
  expect(filters.status).toBe('at-risk')
  expect(issues).toEqual([])
})

test('a malformed agency or an unknown status falls back to all, with a notice', () => {
  const { filters, issues } = parseFilters(
    new URLSearchParams('agency=<b>dinkes</b>&status=terlambat'),
  )
  expect(filters.agency).toBeNull()
  expect(filters.status).toBeNull()
  expect(issues).toEqual([
    { param: 'agency', value: '<b>dinkes</b>' },
    { param: 'status', value: 'terlambat' },
  ])
})

test('writing an agency and a status sets them; null removes them', () => {
  const next = nextSearch(new URLSearchParams('region=3271'), {
    agency: '3271-dpmptsp',
    status: 'late',
  })
  expect(next.get('agency')).toBe('3271-dpmptsp')
  expect(next.get('status')).toBe('late')
  const cleared = nextSearch(next, { agency: null, status: null })
  expect(cleared.has('agency')).toBe(false)
  expect(cleared.has('status')).toBe(false)
})

test('choosing another region drops the agency, which belongs to one city', () => {
  const current = new URLSearchParams('region=3271&agency=3271-dinkes&status=late')
  const next = nextSearch(current, { region: '7571' })
  expect(next.get('region')).toBe('7571')
  expect(next.has('agency')).toBe(false)
  expect(next.get('status')).toBe('late')
  expect(nextSearch(current, { region: '3271' }).get('agency')).toBe('3271-dinkes')
})

test('with the catalogue in, an indicator it does not list falls back to the default, as an issue', () => {
  const bounds = { indicators: ['tpt', 'inflation'], today: '2026-11-01' }
  const unknown = parseFilters(new URLSearchParams('indicator=zzz'), bounds)
  expect(unknown.filters.indicator).toBeNull()
  expect(unknown.issues).toEqual([{ param: 'indicator', value: 'zzz', reason: 'unknown' }])
  expect(parseFilters(new URLSearchParams('indicator=inflation'), bounds).issues).toEqual([])
  // Before the catalogue is in, only the form is checked.
  expect(parseFilters(new URLSearchParams('indicator=zzz')).filters.indicator).toBe('zzz')
})

test('an "as of" that starts after the dataset’s day falls back to the latest, as an issue', () => {
  const bounds = { today: '2026-11-01' }
  for (const period of ['2099', '2027', '2026-12', '2027-Q1']) {
    const { filters } = parseFilters(new URLSearchParams(`period=${period}`), bounds)
    expect(filters.period, period).toBeNull()
  }
  expect(parseFilters(new URLSearchParams('period=2099'), bounds).issues).toEqual([
    { param: 'period', value: '2099', reason: 'after-data' },
  ])
  // The dataset's own year, quarter and month are not after it: they have begun.
  for (const period of ['2026', '2026-S2', '2026-Q4', '2026-11', '2018']) {
    const { filters, issues } = parseFilters(new URLSearchParams(`period=${period}`), bounds)
    expect([filters.period, issues]).toEqual([period, []])
  }
  // Writing another filter drops it from the link.
  expect(
    nextSearch(new URLSearchParams('period=2099'), { view: 'table' }, bounds).has('period'),
  ).toBe(false)
})
