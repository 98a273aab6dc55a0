import { describe, expect, test } from 'vitest'
import { fetchRegionChildren } from '@/api/regions'
import { fetchSeries } from '@/api/series'
import { server } from '../node'
import { scenarios } from '../scenarios'
import {
  BIG_REGENCY,
  buildNationalRegions,
  listNationalRegions,
  queryNationalSeries,
  SYNTHETIC_MARK,
} from './national'

const COUNTY_LEVELS = new Set(['city', 'regency', 'admin_city', 'admin_regency'])

describe('the national scenario dataset', () => {
  const regions = listNationalRegions()
  const counties = regions.filter((r) => COUNTY_LEVELS.has(r.level))

  test('has the nation, 38 provinces and all 514 kab/kota, codes under their province prefix', () => {
    expect(regions.filter((r) => r.level === 'national')).toHaveLength(1)
    const provinces = regions.filter((r) => r.level === 'province')
    expect(provinces).toHaveLength(38)
    expect(counties).toHaveLength(514)
    expect(counties.filter((r) => r.level === 'city' || r.level === 'admin_city')).toHaveLength(98)
    for (const county of counties) {
      expect(county.code).toMatch(/^\d{4}$/)
      expect(county.code.slice(0, 2)).toBe(county.parentCode)
      const number = Number(county.code.slice(2))
      if (county.level === 'city' || county.level === 'admin_city')
        expect(number).toBeGreaterThan(70)
      else expect(number).toBeLessThan(70)
    }
    expect(new Set(regions.map((r) => r.code)).size).toBe(regions.length)
    expect(new Set(regions.map((r) => r.name)).size).toBe(regions.length)
  })

  test('keeps real names where the base data has them and marks every invented one', () => {
    expect(regions.find((r) => r.code === '3271')?.name).toBe('Kota Bogor')
    const invented = counties.filter((r) => r.name.endsWith(SYNTHETIC_MARK))
    expect(invented.length).toBeGreaterThan(490)
    expect(invented[0]?.name).toMatch(/^(Kabupaten|Kota) [A-Z][a-z]+( [A-Z][a-z]+)* \(sintetis\)$/)
  })

  test('gives a big kabupaten 40 or more kecamatan', () => {
    expect(regions.filter((r) => r.parentCode === BIG_REGENCY).length).toBeGreaterThanOrEqual(40)
  })

  test('is deterministic', () => {
    expect(buildNationalRegions()).toEqual(buildNationalRegions())
    expect(queryNationalSeries({ regions: ['3578'] })).toEqual(
      queryNationalSeries({ regions: ['3578'] }),
    )
  })

  test('has ten years of monthly inflation and yearly indicators, all synthetic', () => {
    const series = queryNationalSeries({ regions: ['3578'] })
    const inflation = series.find((s) => s.indicatorId === 'inflation')
    expect(inflation?.observations).toHaveLength(120)
    expect(inflation?.observations[0]?.period).toBe('2016-01')
    expect(inflation?.observations.at(-1)?.period).toBe('2025-12')
    expect(series.find((s) => s.indicatorId === 'tpt')?.observations).toHaveLength(10)
    for (const s of series) {
      expect(s.observations.every((o) => o.provenance === 'synthetic')).toBe(true)
    }
  })

  test('filters by parent and by range like the base dataset', () => {
    const children = queryNationalSeries({
      parent: '35',
      indicators: ['tpt'],
      from: '2020',
      to: '2021',
    })
    expect(children).toHaveLength(38)
    expect(children.every((s) => s.observations.length === 2)).toBe(true)
  })
})

describe('the national scenario over HTTP', () => {
  test('its responses honour the contract', async () => {
    server.use(...scenarios.national)
    const { regions } = await fetchRegionChildren('35')
    expect(regions.length).toBe(38)
    const { series } = await fetchSeries({ parent: BIG_REGENCY, indicators: ['tpt', 'poverty'] })
    expect(series.length).toBeGreaterThanOrEqual(80)
    const { series: one } = await fetchSeries({ regions: ['0000', '32', '3201'] })
    expect(one.some((s) => s.indicatorId === 'inflation' && s.regionCode === '0000')).toBe(true)
  })
})
