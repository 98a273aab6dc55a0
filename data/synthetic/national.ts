/**
 * The `national` load scenario (`?scenario=national`): Indonesia at full size, every value
 * synthetic. The base dataset (data/dataset.ts) is not touched; this one sits beside it.
 *
 * - Regions: the real map (data/reference/geography.ts): the nation, 38 provinces, 514 kab/kota and
 *   7,285 kecamatan with their official names and codes — the same regions GET /regions gives
 *   everywhere. No name is invented.
 * - Series: ten years, 2016–2025: monthly inflation (120 points, with the odd one-month spike),
 *   yearly TPT (August), stunting, poverty, SAKIP and audit opinion, with yearly targets, for the
 *   nation, every province and every kab/kota; yearly TPT, stunting and poverty for every
 *   kecamatan. Every observation is `synthetic` and says so in its `method`; only the national
 *   policy targets (inflation band, stunting 14 %) are `official`, as in the base dataset.
 *
 * Built lazily and deterministically: each region × indicator series on first request (seeded by
 * region code and indicator, never `Math.random`), then memoised. A page that asks for one region
 * never pays for 7,838. The server seeds the same series (`KINERJA_DATASET=national`) through
 * {@link nationalSeriesOf}, which does not memoise.
 */
import type { Region } from '@/api/regions'
import type { Observation, Series, Target } from '@/api/series'
import { sakipPredicate } from '@/domain/status'
import { INDICATOR_IDS, type IndicatorId } from '../reference/catalog'
import { assembleSeries, seriesRegionCodes, type SeriesQuery } from '../dataset'
import { getGeography } from '../reference/geography'
import { round2, roundTo, seededRandom } from './random'
import { nationalInflationBand } from './targets'

const NATIONAL_YEARS = { from: 2016, to: 2025 } as const
/** A big kabupaten whose kecamatan make a long breakdown (Kabupaten Bogor, 40 kecamatan). */
export const BIG_REGENCY = '3201'

const NOTE = {
  id: 'Skenario nasional: data sintetis untuk uji skala, bukan angka resmi',
  en: 'National scenario: synthetic data for scale testing, not official figures',
}

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

// ---------------------------------------------------------------------------------------------
// Series
// ---------------------------------------------------------------------------------------------

function years(): number[] {
  const out: number[] = []
  for (let y = NATIONAL_YEARS.from; y <= NATIONAL_YEARS.to; y += 1) out.push(y)
  return out
}

function observation(
  period: string,
  value: number | null,
  grade: string | null = null,
): Observation {
  return {
    period,
    value,
    grade,
    provenance: 'synthetic',
    source: null,
    citation: null,
    method: NOTE,
    releaseDate: null,
    provisional: false,
  }
}

function target(
  year: number,
  fields: Partial<Pick<Target, 'value' | 'min' | 'max' | 'grade'>>,
  official = false,
): Target {
  return {
    year,
    value: fields.value ?? null,
    min: fields.min ?? null,
    max: fields.max ?? null,
    grade: fields.grade ?? null,
    basis: official ? 'national' : 'rpjmd',
    provenance: official ? 'official' : 'synthetic',
    source: official
      ? {
          id: 'Sasaran nasional (Pemerintah dan Bank Indonesia; Perpres 72/2021)',
          en: 'National target (Government and Bank Indonesia; Presidential Regulation 72/2021)',
        }
      : {
          id: 'Target RPJMD ilustratif (sintetis, skenario nasional)',
          en: 'Illustrative RPJMD target (synthetic, national scenario)',
        },
  }
}

/** A national inflation path (yearly means, % y-o-y) the regions move around. */
const INFLATION_MEANS: Readonly<Record<number, number>> = {
  2016: 3.2,
  2017: 3.6,
  2018: 3.1,
  2019: 2.9,
  2020: 1.8,
  2021: 1.7,
  2022: 4.6,
  2023: 3.3,
  2024: 2.1,
  2025: 2.0,
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

type Built = { observations: Observation[]; targets: Target[] }

function buildInflation(code: string): Built {
  const random = seededRandom('national', code, 'inflation')
  const offset = (random() - 0.5) * 1.6
  // Some regions have one month of a sharp price shock (a harvest failure, a fuel price change).
  const spikeMonth = random() < 0.35 ? Math.floor(random() * 120) : -1
  let noise = 0
  const observations: Observation[] = []
  let index = 0
  for (const year of years()) {
    for (let month = 1; month <= 12; month += 1) {
      noise = noise * 0.7 + (random() - 0.5) * 0.5
      const seasonal = 0.25 * Math.sin(((month - 3) / 12) * 2 * Math.PI)
      let value = (INFLATION_MEANS[year] ?? 3) + offset + seasonal + noise
      if (index === spikeMonth) value += 3 + random() * 3
      observations.push(observation(`${year}-${pad2(month)}`, round2(clamp(value, -1.5, 12))))
      index += 1
    }
  }
  return {
    observations,
    targets: years().map((year) => target(year, nationalInflationBand(year), true)),
  }
}

/** A yearly rate drifting by `step` a year around a seeded level, with a 2020–21 bump. */
function yearlyRate(
  code: string,
  indicator: IndicatorId,
  level: [number, number],
  step: number,
  bump: number,
  floor: number,
  decimals = 2,
): number[] {
  const random = seededRandom('national', code, indicator)
  const start = level[0] + (level[1] - level[0]) * random()
  return years().map((year, i) => {
    const covid = year === 2020 ? bump : year === 2021 ? bump * 0.6 : 0
    return roundTo(Math.max(floor, start + step * i + covid + (random() - 0.5) * 0.6), decimals)
  })
}

function decliningTargets(first: number): Target[] {
  return years().map((year, i) =>
    target(year, { value: round2(Math.max(0.5, first - 0.2 - 0.25 * i)) }),
  )
}

function buildSeries(region: Region, indicator: IndicatorId): Built | null {
  const code = region.code
  const isCounty =
    region.level !== 'national' && region.level !== 'province' && region.level !== 'district'
  const isDistrict = region.level === 'district'
  const isProvinceOrNation = region.level === 'province' || region.level === 'national'
  switch (indicator) {
    case 'tpt': {
      const values = yearlyRate(code, 'tpt', [2.5, 9.5], -0.12, 1.6, 0.5)
      return {
        observations: years().map((y, i) => observation(`${y}-08`, values[i] ?? null)),
        targets: isCounty ? decliningTargets(values[0] ?? 5) : [],
      }
    }
    case 'stunting': {
      const values = yearlyRate(code, 'stunting', [16, 38], -1.3, 0, 4, 1)
      const targets = isDistrict ? [] : [target(2024, { value: 14 }, true)]
      return {
        observations: years().map((y, i) => observation(String(y), values[i] ?? null)),
        targets,
      }
    }
    case 'poverty': {
      const values = yearlyRate(code, 'poverty', [4, 22], -0.3, 0.6, 1)
      // Provinces and the nation publish March figures; kab/kota a yearly one (as in the base data).
      const key = (y: number) => (isProvinceOrNation ? `${y}-03` : String(y))
      return {
        observations: years().map((y, i) => observation(key(y), values[i] ?? null)),
        targets: isCounty ? decliningTargets(values[0] ?? 10) : [],
      }
    }
    case 'inflation':
      return isDistrict ? null : buildInflation(code)
    case 'sakip': {
      if (region.level === 'national' || isDistrict) return null
      const random = seededRandom('national', code, 'sakip')
      let score = 50 + random() * 20
      const observations = years().map((y) => {
        score = clamp(score + 0.5 + random() * 2.5, 30, 92)
        return observation(String(y), round2(score), sakipPredicate(score))
      })
      return { observations, targets: years().map((y) => target(y, { grade: 'BB' })) }
    }
    case 'audit-opinion': {
      if (region.level === 'national' || isDistrict) return null
      const random = seededRandom('national', code, 'audit-opinion')
      const cleanFrom = NATIONAL_YEARS.from + Math.floor(random() * 6)
      const observations = years()
        .filter((y) => y < NATIONAL_YEARS.to)
        .map((y) =>
          observation(String(y), null, y >= cleanFrom ? 'WTP' : random() < 0.15 ? 'WDP' : 'WTP'),
        )
      return { observations, targets: years().map((y) => target(y, { grade: 'WTP' })) }
    }
    case 'program-100':
      // The 100-day programme belongs to the two demo cities; the national scenario has none.
      return null
  }
}

/** Series memoised per region × indicator (the MSW scenario asks again and again). */
const memo = new Map<string, Built>()

function seriesFor(regionCode: string, indicator: IndicatorId): Built | null {
  const key = `${regionCode}|${indicator}`
  const cached = memo.get(key)
  if (cached) return cached
  const region = getGeography().byCode.get(regionCode)
  if (!region) return null
  const built = buildSeries(region, indicator) ?? { observations: [], targets: [] }
  memo.set(key, built)
  return built
}

/** GET /series in the national scenario: the same query rules as the base `querySeries`. */
export function queryNationalSeries(query: SeriesQuery): Series[] {
  const wanted = query.indicators?.length ? new Set(query.indicators) : null
  const indicatorIds = INDICATOR_IDS.filter((id) => !wanted || wanted.has(id))
  return assembleSeries(seriesRegionCodes(query), indicatorIds, query, seriesFor)
}

/** Every series of one region (catalogue order, pairs without data left out), not memoised. */
export function nationalSeriesOf(region: Region): Series[] {
  const series: Series[] = []
  for (const indicatorId of INDICATOR_IDS) {
    const built = buildSeries(region, indicatorId)
    if (!built || (built.observations.length === 0 && built.targets.length === 0)) continue
    series.push({ indicatorId, regionCode: region.code, ...built })
  }
  return series
}
