/**
 * The mock API's dataset: regions, the indicator catalogue, observations and targets, built once
 * on first use and memoised. Everything is pure and deterministic, so two builds are equal and
 * every test sees the same numbers.
 */
import type { Indicator } from '@/api/indicators'
import type { Region } from '@/api/regions'
import type { Observation, Series, Target } from '@/api/series'
import { parsePeriod, periodEndMonth, periodStartMonth } from '@/domain/periods'
import type { SeriesQuery } from '@/api/params'
import { buildCatalog } from './reference/catalog'
import { childrenOf, resolveRegionCode } from './reference/geography'
import { buildObservations, seriesKey } from './synthetic/observations'
import { programDeliverySeries } from './synthetic/program-delivery'
import { prebuiltMockData, type MockData } from './prebuilt'
import { getProgramData } from './synthetic/programs-data'
import { buildRegions } from './reference/regions'
import { buildTargets } from './synthetic/targets'

export type Dataset = {
  regions: ReadonlyArray<Region>
  regionsByCode: ReadonlyMap<string, Region>
  indicators: ReadonlyArray<Indicator>
  /** region × indicator (see seriesKey) → observations, oldest first. */
  observations: ReadonlyMap<string, ReadonlyArray<Observation>>
  /** region × indicator → yearly targets, oldest first. */
  targets: ReadonlyMap<string, ReadonlyArray<Target>>
}

/** Builds the dataset from the CSVs. Use {@link getDataset} for the memoised one. */
export function buildDataset(): Dataset {
  const regions = buildRegions()
  const observations = buildObservations(regions)
  for (const [regionCode, programs] of getProgramData().programs) {
    const delivery = programDeliverySeries(programs)
    if (delivery.length > 0) observations.set(seriesKey(regionCode, 'program-100'), delivery)
  }
  return {
    regions,
    regionsByCode: new Map(regions.map((region) => [region.code, region])),
    indicators: buildCatalog(),
    observations,
    targets: buildTargets(regions, observations),
  }
}

/** The dataset from its prepared form (data/prebuilt.ts). */
export function datasetFromData(data: MockData['dataset']): Dataset {
  return {
    regions: data.regions,
    regionsByCode: new Map(data.regions.map((region) => [region.code, region])),
    indicators: data.indicators,
    observations: new Map(data.observations),
    targets: new Map(data.targets),
  }
}

let memo: Dataset | undefined

/** The dataset, built on first call (from the data the demo build prepared, in the page). */
export function getDataset(): Dataset {
  memo ??=
    import.meta.env.KINERJA_MOCK_DATA === 'prebuilt'
      ? datasetFromData(prebuiltMockData().dataset)
      : buildDataset()
  return memo
}

/** Every region, nation first (GET /regions). */
export function listRegions(): Region[] {
  return [...getDataset().regions]
}

/** The indicator catalogue (GET /indicators). */
export function listIndicators(): Indicator[] {
  return [...getDataset().indicators]
}

export type { SeriesQuery } from '@/api/params'

function monthBound(key: string | undefined, edge: 'start' | 'end'): number | null {
  if (key === undefined) return null
  const period = parsePeriod(key)
  if (!period) throw new Error(`Invalid period key: ${key}`)
  return edge === 'start' ? periodStartMonth(period) : periodEndMonth(period)
}

/**
 * Series for regions (explicit codes, then the direct children of `parent` by name; see
 * {@link seriesRegionCodes}) × indicators, in region order then catalogue order. An observation is kept when the month it ends in lies within
 * [start of `from`, end of `to`]; a target when its year overlaps that range. A pair appears only
 * when the whole dataset holds at least one observation or target for it, even if the range leaves
 * it empty. Unknown region codes and indicator ids are skipped (the handler rejects them first).
 * Throws on a malformed `from`/`to`.
 */
export function querySeries(query: SeriesQuery): Series[] {
  const data = getDataset()

  const regionCodes = seriesRegionCodes(query).filter((code) => data.regionsByCode.has(code))

  const wanted = query.indicators?.length ? new Set(query.indicators) : null
  const indicatorIds = data.indicators.map((i) => i.id).filter((id) => !wanted || wanted.has(id))

  return assembleSeries(regionCodes, indicatorIds, query, (regionCode, indicatorId) => {
    const key = seriesKey(regionCode, indicatorId)
    return { observations: data.observations.get(key) ?? [], targets: data.targets.get(key) ?? [] }
  })
}

/**
 * The regions a /series query is about, as canonical codes: the explicit ones (BPS or Kemendagri
 * codes, resolved through the geography), then the children of `parent` by name; each once, in
 * that order. Codes no region has are dropped.
 */
export function seriesRegionCodes(query: Pick<SeriesQuery, 'regions' | 'parent'>): string[] {
  const codes: string[] = []
  for (const code of query.regions ?? []) {
    const region = resolveRegionCode(code)
    if (region) codes.push(region.code)
  }
  if (query.parent !== undefined)
    for (const child of childrenOf(query.parent)) codes.push(child.code)
  return [...new Set(codes)]
}

type StoredSeries = { observations: ReadonlyArray<Observation>; targets: ReadonlyArray<Target> }

/**
 * The query rules every mock dataset shares: one series per region × indicator that holds any data,
 * observations kept when their end month lies within [start of `from`, end of `to`], targets when
 * their year overlaps that range.
 */
export function assembleSeries<Id extends string>(
  regionCodes: ReadonlyArray<string>,
  indicatorIds: ReadonlyArray<Id>,
  query: Pick<SeriesQuery, 'from' | 'to'>,
  lookup: (regionCode: string, indicatorId: Id) => StoredSeries | null,
): Series[] {
  const from = monthBound(query.from, 'start')
  const to = monthBound(query.to, 'end')
  const inRange = (endMonth: number) =>
    (from === null || endMonth >= from) && (to === null || endMonth <= to)
  const yearOverlaps = (year: number) =>
    (from === null || periodEndMonth({ kind: 'year', year }) >= from) &&
    (to === null || periodStartMonth({ kind: 'year', year }) <= to)

  const series: Series[] = []
  for (const regionCode of regionCodes) {
    for (const indicatorId of indicatorIds) {
      const stored = lookup(regionCode, indicatorId)
      if (!stored || (stored.observations.length === 0 && stored.targets.length === 0)) continue
      series.push({
        indicatorId,
        regionCode,
        observations: stored.observations.filter((o) => {
          const period = parsePeriod(o.period)
          return period !== null && inRange(periodEndMonth(period))
        }),
        targets: stored.targets.filter((t) => yearOverlaps(t.year)),
      })
    }
  }
  return series
}
