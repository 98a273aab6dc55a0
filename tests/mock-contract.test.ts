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
import { fetchRegionChildren, fetchRegionsByCode, searchRegions } from '@/api/regions'
import { fetchDirectives } from '@/api/directives'
import { fetchPjEvaluations } from '@/api/pj-evaluations'
import { fetchPrograms } from '@/api/programs'
import { fetchSeries } from '@/api/series'
import { PROGRAM_STATUSES } from '@/domain/program-status'
import { querySeries } from '../data/dataset'

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the request to fail')
}

/** Every region the seed dataset has figures for, nation first, walking down from the nation. */
async function seedRegions() {
  const [nation] = (await fetchRegionsByCode(['0000'])).regions
  const all = nation ? [nation] : []
  for (let i = 0; i < all.length; i += 1) {
    const region = all[i]!
    if (
      region.childCount > 0 &&
      (region.level === 'national' ||
        [
          '31',
          '32',
          '75',
          '3271',
          '7571',
          '3201',
          '3171',
          '3172',
          '3173',
          '3174',
          '3175',
          '3101',
        ].includes(region.code))
    )
      all.push(...(await fetchRegionChildren(region.code)).regions)
  }
  return all.filter((r) => querySeries({ regions: [r.code] }).length > 0)
}

test('GET /regions?codes= answers BPS and Kemendagri codes with each region and its ancestors', async () => {
  const { regions, unknown } = await fetchRegionsByCode(['3171', '32.71', '9999'])
  expect(unknown).toEqual(['9999'])
  expect(regions.map((r) => r.code)).toEqual(['3171', '3271'])
  expect(regions[0]).toMatchObject({
    kemendagriCode: '31.74',
    level: 'admin_city',
    parentCode: '31',
    ancestors: [
      { code: '0000', level: 'national' },
      { code: '31', level: 'province' },
    ],
  })
})

test('GET /regions?parent= lists the children, and ?q= finds by name', async () => {
  const { regions } = await fetchRegionChildren('3271')
  expect(regions).toHaveLength(6)
  expect(regions.every((r) => r.level === 'district' && r.parentCode === '3271')).toBe(true)
  const found = await searchRegions('bogor')
  expect(found.regions.map((r) => r.code)).toEqual(expect.arrayContaining(['3271', '3201']))
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
  const regions = await seedRegions()
  let total = 0
  for (const region of regions) {
    const response = await fetchSeries({ regions: [region.code] })
    expect(response.series.length).toBeGreaterThan(0)
    expect(response.series.every((s) => s.regionCode === region.code)).toBe(true)
    total += response.series.length
  }
  // At most 50 regions a request (MAX_LIST_ITEMS): asked in batches, the sum is the same.
  let batched = 0
  for (let i = 0; i < regions.length; i += 50) {
    const all = await fetchSeries({ regions: regions.slice(i, i + 50).map((r) => r.code) })
    batched += all.series.length
    expect(all.dataAsOf).toBe('2026-11-01T08:00:00+07:00')
  }
  expect(batched).toBe(total)
})

test.each([
  { parent: '3271', regions: 6, series: 18 },
  { parent: '7571', regions: 9, series: 27 },
  { parent: '31', regions: 6, series: 18 },
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
  const regions = await seedRegions()
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
