// @vitest-environment jsdom
import { expect, test } from 'vitest'
import { fetchRegionChildren } from '@/api/regions'
import { fetchSeries } from '@/api/series'
import { server } from './node'
import { scenarios } from './scenarios'
import { getGeography } from '../data/reference/geography'
import { BIG_REGENCY, nationalSeriesOf, queryNationalSeries } from '../data/synthetic/national'

const COUNTY_LEVELS = new Set(['city', 'regency', 'admin_city', 'admin_regency'])

test('the national scenario covers every kab/kota and kecamatan of the real map', () => {
  const regions = getGeography().regions
  const counties = regions.filter((r) => COUNTY_LEVELS.has(r.level))
  expect(counties).toHaveLength(514)
  // Every kab/kota has ten years of monthly inflation; every kecamatan yearly TPT.
  for (const county of [counties[0]!, counties.at(-1)!]) {
    const [inflation] = queryNationalSeries({ regions: [county.code], indicators: ['inflation'] })
    expect(inflation?.observations).toHaveLength(120)
  }
  const district = regions.find((r) => r.level === 'district' && r.bpsCode === null)!
  const [tpt] = queryNationalSeries({ regions: [district.code], indicators: ['tpt'] })
  expect(tpt?.regionCode).toBe(district.code)
  expect(tpt?.observations).toHaveLength(10)
})

test('its regions carry their official names: none is invented', () => {
  const series = queryNationalSeries({ parent: '11', indicators: ['tpt'] })
  const names = series.map((s) => getGeography().byCode.get(s.regionCode)?.name)
  expect(names).toContain('Kabupaten Aceh Selatan')
  expect(names.every((name) => name !== undefined && !/sintetis/i.test(name))).toBe(true)
})

test('a big kabupaten has 40 kecamatan, each with a series', () => {
  const series = queryNationalSeries({ parent: BIG_REGENCY, indicators: ['tpt'] })
  expect(series).toHaveLength(40)
})

test('is deterministic', () => {
  const surabaya = getGeography().byCode.get('3578')!
  expect(nationalSeriesOf(surabaya)).toEqual(nationalSeriesOf(surabaya))
  expect(queryNationalSeries({ regions: ['3578'] })).toEqual(nationalSeriesOf(surabaya))
})

test('has ten years of monthly inflation and yearly indicators, all synthetic and marked', () => {
  const series = queryNationalSeries({ regions: ['3578'] })
  const inflation = series.find((s) => s.indicatorId === 'inflation')
  expect(inflation?.observations).toHaveLength(120)
  expect(inflation?.observations[0]?.period).toBe('2016-01')
  expect(inflation?.observations.at(-1)?.period).toBe('2025-12')
  expect(series.find((s) => s.indicatorId === 'tpt')?.observations).toHaveLength(10)
  for (const s of series) {
    for (const o of s.observations) {
      expect(o.provenance).toBe('synthetic')
      expect(o.method?.id).toMatch(/sintetis/)
    }
  }
})

test('filters by parent (BPS or Kemendagri code) and by range like the base dataset', () => {
  const children = queryNationalSeries({
    parent: '35',
    indicators: ['tpt'],
    from: '2020',
    to: '2021',
  })
  expect(children).toHaveLength(38)
  expect(children.every((s) => s.observations.length === 2)).toBe(true)
  // Papua (Kemendagri 91) is BPS 94; its kab/kota have no known BPS code and keep Kemendagri's.
  const papua = queryNationalSeries({ parent: '94', indicators: ['tpt'] })
  expect(papua.map((s) => s.regionCode)).toContain('91.03')
  expect(queryNationalSeries({ regions: ['32.71'], indicators: ['tpt'] })[0]?.regionCode).toBe(
    '3271',
  )
})

test('the national scenario over HTTP honours the contract', async () => {
  server.use(...scenarios.national)
  const { regions } = await fetchRegionChildren('35')
  expect(regions.length).toBe(38)
  const { series } = await fetchSeries({ parent: BIG_REGENCY, indicators: ['tpt', 'poverty'] })
  expect(series).toHaveLength(80)
  const { series: one } = await fetchSeries({ regions: ['0000', '32', '3201'] })
  expect(one.some((s) => s.indicatorId === 'inflation' && s.regionCode === '0000')).toBe(true)
})
