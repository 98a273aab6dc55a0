/**
 * The mock API honours the HTTP contract: every response it can give goes through the app's real
 * fetchers, which parse it with the real zod schemas (an invalid payload rejects with an ApiError).
 * The MSW node server from tests/setup.ts answers.
 */
import { expect, test } from 'vitest'
import { fetchAgencies, fetchAgency } from '@/api/agencies'
import { isApiError } from '@/api/api-error'
import { ApiErrorBodySchema } from '@/api/common'
import { fetchIndicators } from '@/api/indicators'
import { fetchRegions } from '@/api/regions'
import { fetchDirectives } from '@/api/directives'
import { fetchPjEvaluations } from '@/api/pj-evaluations'
import { fetchPrograms } from '@/api/programs'
import { fetchSeries } from '@/api/series'
import { PROGRAM_STATUSES } from '@/domain/program-status'
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

// --- agencies, programs, directives, Pj evaluations ------------------------------------------

test('GET /agencies gives the agencies of Kota Bogor and Kota Gorontalo, and none elsewhere', async () => {
  const { regions } = await fetchRegions()
  for (const region of regions) {
    const response = await fetchAgencies(region.code)
    expect(response.regionCode).toBe(region.code)
    expect(response.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025])
    const expected = region.code === '3271' ? 35 : region.code === '7571' ? 33 : 0
    expect(response.agencies).toHaveLength(expected)
    for (const agency of response.agencies) {
      expect(agency.regionCode).toBe(region.code)
      expect(agency.sakip.every((e) => e.provenance === 'synthetic')).toBe(true)
    }
  }
})

test('GET /agencies/:id parses for every agency, with synthetic key indicators', async () => {
  for (const code of ['3271', '7571']) {
    const { agencies } = await fetchAgencies(code)
    for (const agency of agencies) {
      const detail = await fetchAgency(agency.id)
      expect(detail.agency).toEqual(agency)
      expect(detail.iku.length).toBeGreaterThan(0)
      expect(detail.iku.every((iku) => iku.provenance === 'synthetic')).toBe(true)
    }
  }
  expect((await fetchAgency('3271-dinkes')).indicatorIds).toEqual(['stunting'])
})

test.each([
  { path: '/api/agencies', status: 400, code: 'bad_request' },
  { path: '/api/agencies?region=32-71', status: 400, code: 'bad_request' },
  { path: '/api/agencies/3271-tidak-ada', status: 404, code: 'not_found' },
  { path: '/api/agencies/DINKES', status: 400, code: 'bad_request' },
  { path: '/api/programs', status: 400, code: 'bad_request' },
  { path: '/api/programs?region=3271&status=macet', status: 400, code: 'bad_request' },
  { path: '/api/programs?region=3271&agency=dinkes', status: 400, code: 'bad_request' },
  { path: '/api/directives?region=abc', status: 400, code: 'bad_request' },
  { path: '/api/pj-evaluations', status: 400, code: 'bad_request' },
])('GET $path answers $status with an API error body', async ({ path, status, code }) => {
  const response = await fetch(`http://localhost${path}`)
  expect(response.status).toBe(status)
  expect(ApiErrorBodySchema.parse(await response.json()).error.code).toBe(code)
})

test('GET /programs honours region, agency and status, and every program is synthetic', async () => {
  for (const region of ['3271', '7571']) {
    const all = await fetchPrograms({ region })
    expect(all.programs.length).toBeGreaterThan(30)
    expect(all.programs.every((p) => p.regionCode === region && p.provenance === 'synthetic')).toBe(
      true,
    )
    for (const status of PROGRAM_STATUSES) {
      const { programs } = await fetchPrograms({ region, status })
      expect(programs).toEqual(all.programs.filter((p) => p.status === status))
    }
    const agency = all.programs[0]!.agency.id
    const { programs } = await fetchPrograms({ region, agency, status: 'done' })
    expect(programs).toEqual(
      all.programs.filter((p) => p.agency.id === agency && p.status === 'done'),
    )
  }
  expect((await fetchPrograms({ region: '31' })).programs).toEqual([])
  expect(
    (await fetchPrograms({ region: '3271', agency: '7571-dinas-kesehatan' })).programs,
  ).toEqual([])
})

test('GET /directives and /pj-evaluations parse, and "today" is the dataset day', async () => {
  for (const region of ['3271', '7571']) {
    const { directives, dataAsOf } = await fetchDirectives({ region })
    expect(dataAsOf).toBe('2026-11-01T08:00:00+07:00')
    expect(directives).toHaveLength(16)
    const agency = directives[0]!.agency.id
    expect((await fetchDirectives({ region, agency })).directives).toEqual(
      directives.filter((d) => d.agency.id === agency),
    )
  }
  const bogor = await fetchPjEvaluations('3271')
  expect(bogor.quarters.map((q) => q.period)).toEqual(['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1'])
  expect(bogor.indicators).toHaveLength(10)
  expect(bogor.provenance).toBe('synthetic')
  expect((await fetchPjEvaluations('7571')).quarters).toEqual([])
})
