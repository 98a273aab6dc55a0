/**
 * The mock API honours the HTTP contract: every response it can give goes through the app's real
 * fetchers, which parse it with the real zod schemas (an invalid payload rejects with an ApiError).
 * The MSW node server from tests/setup.ts answers.
 */
import { expect, test } from 'vitest'
import { isApiError } from '@/api/api-error'
import { ApiErrorBodySchema } from '@/api/common'
import { fetchIndicators } from '@/api/indicators'
import { fetchRegions } from '@/api/regions'
import { fetchSeries } from '@/api/series'
import { querySeries } from '../mocks/data/dataset'

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the request to fail')
}

test('GET /regions gives the nation, 3 provinces, 12 kab/kota and 59 kecamatan', async () => {
  const { regions } = await fetchRegions()
  expect(regions).toHaveLength(75)
  expect(regions[0]).toEqual({
    code: '0000',
    kemendagriCode: null,
    name: 'Indonesia',
    level: 'national',
    parentCode: null,
  })
  const count = (level: string) => regions.filter((r) => r.level === level).length
  expect(count('province')).toBe(3)
  expect(count('district')).toBe(59)
  expect(regions.length - count('national') - count('province') - count('district')).toBe(12)
  expect(regions.find((r) => r.code === '3171')).toMatchObject({
    kemendagriCode: '31.74',
    level: 'admin_city',
    parentCode: '31',
  })
})

test('GET /indicators gives the seven catalogue indicators', async () => {
  const { indicators } = await fetchIndicators()
  expect(indicators.map((i) => i.id)).toEqual([
    'tpt',
    'stunting',
    'inflation',
    'poverty',
    'sakip',
    'audit-opinion',
    'program-100',
  ])
})

test('GET /series for every region with all indicators parses, one region at a time', async () => {
  const { regions } = await fetchRegions()
  let total = 0
  for (const region of regions) {
    const response = await fetchSeries({ regions: [region.code] })
    expect(response.series.length).toBeGreaterThan(0)
    expect(response.series.every((s) => s.regionCode === region.code)).toBe(true)
    total += response.series.length
  }
  const all = await fetchSeries({ regions: regions.map((r) => r.code) })
  expect(all.series).toHaveLength(total)
  expect(all.dataAsOf).toBe('2026-11-01T08:00:00+07:00')
})

test.each([
  { parent: '3271', regions: 6, series: 24 },
  { parent: '7571', regions: 9, series: 36 },
  { parent: '31', regions: 6, series: 24 },
])(
  'GET /series?parent=$parent gives $series series for $regions children',
  async ({ parent, regions, series }) => {
    const response = await fetchSeries({ parent })
    expect(new Set(response.series.map((s) => s.regionCode)).size).toBe(regions)
    expect(response.series).toHaveLength(series)
    expect(response.series).toHaveLength(querySeries({ parent }).length)
  },
)

test('GET /series with from/to narrows observations and targets to the range', async () => {
  const { series } = await fetchSeries({
    regions: ['3271'],
    indicators: ['inflation', 'tpt'],
    from: '2023-01',
    to: '2023-12',
  })
  // Catalogue order, whatever the order of the query.
  expect(series.map((s) => s.indicatorId)).toEqual(['tpt', 'inflation'])
  const [tpt, inflation] = series
  expect(inflation?.observations).toHaveLength(12)
  expect(inflation?.targets.map((t) => t.year)).toEqual([2023])
  expect(tpt?.observations.map((o) => [o.period, o.value, o.provenance])).toEqual([
    ['2023-08', 9.39, 'official'],
  ])
})

test.each([
  { filters: { regions: ['3271'], from: '2024-13' }, status: 400 },
  { filters: { regions: ['3271'], to: 'soon' }, status: 400 },
  { filters: { regions: ['3271'], from: '2025', to: '2024' }, status: 400 },
  { filters: { regions: ['3271'], indicators: ['ipm'] }, status: 400 },
  { filters: { regions: ['32-71'] }, status: 400 },
  { filters: {}, status: 400 },
])('GET /series rejects $filters with HTTP $status', async ({ filters, status }) => {
  const error = await rejection(fetchSeries(filters))
  expect(isApiError(error)).toBe(true)
  expect(error).toMatchObject({ kind: 'http', status })
})

test('a well-formed but unknown region matches no series', async () => {
  expect((await fetchSeries({ regions: ['9999'] })).series).toEqual([])
  expect((await fetchSeries({ parent: '9999' })).series).toEqual([])
})

test('a rejected /series request explains itself in the API error body', async () => {
  const response = await fetch('http://localhost/api/series?regions=3271&from=2024-13')
  expect(response.status).toBe(400)
  const body = ApiErrorBodySchema.parse(await response.json())
  expect(body.error.code).toBe('bad_request')
  expect(body.error.message).toContain('from')
})
