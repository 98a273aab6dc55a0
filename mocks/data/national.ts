/**
 * The `national` load scenario (`?scenario=national`): Indonesia at full size, every value
 * synthetic. The base dataset (mocks/data/dataset.ts) is not touched; this one sits beside it.
 *
 * - Regions: the nation, the 38 provinces (real BPS codes and names), all 514 kab/kota with codes
 *   that follow their province's BPS prefix (kabupaten PP01…, kota PP71…), the kecamatan the base
 *   dataset has, and 40 synthetic kecamatan of Kabupaten Bogor (3201) — a big breakdown. Kab/kota
 *   the base dataset knows keep their real names; the others get a seeded, plausible-looking name
 *   marked "(sintetis)", so no invented name passes for a real place.
 * - Series: ten years, 2016–2025: monthly inflation (120 points, with the odd one-month spike),
 *   yearly TPT (August), stunting, poverty, SAKIP and audit opinion, with yearly targets. Every
 *   observation is `synthetic`; only the national policy targets (inflation band, stunting 14 %)
 *   are `official`, as in the base dataset.
 *
 * Built lazily and deterministically: the region list on first use, each region × indicator series
 * on first request (seeded by region and indicator, never `Math.random`), then memoised. A page that
 * asks for one region never pays for 514.
 */
import type { Region, RegionLevel } from '@/api/regions'
import type { Observation, Series, Target } from '@/api/series'
import { sakipPredicate } from '@/domain/status'
import { INDICATOR_IDS, type IndicatorId } from './catalog'
import { assembleSeries, getDataset, type SeriesQuery } from './dataset'
import { NATION_CODE, linkRegions } from './regions'
import { round2, seededRandom } from './random'

export const NATIONAL_YEARS = { from: 2016, to: 2025 } as const
/** The big kabupaten whose kecamatan make the long breakdown. */
export const BIG_REGENCY = '3201'
export const BIG_REGENCY_DISTRICTS = 40
export const SYNTHETIC_MARK = '(sintetis)'

const NOTE = {
  id: 'Skenario nasional: data sintetis untuk uji skala, bukan angka resmi',
  en: 'National scenario: synthetic data for scale testing, not official figures',
}

/** BPS code, name, number of kabupaten, number of kota (2024: 416 kabupaten + 98 kota = 514). */
const PROVINCES: ReadonlyArray<readonly [string, string, number, number]> = [
  ['11', 'Aceh', 18, 5],
  ['12', 'Sumatera Utara', 25, 8],
  ['13', 'Sumatera Barat', 12, 7],
  ['14', 'Riau', 10, 2],
  ['15', 'Jambi', 9, 2],
  ['16', 'Sumatera Selatan', 13, 4],
  ['17', 'Bengkulu', 9, 1],
  ['18', 'Lampung', 13, 2],
  ['19', 'Kepulauan Bangka Belitung', 6, 1],
  ['21', 'Kepulauan Riau', 5, 2],
  ['31', 'DKI Jakarta', 1, 5],
  ['32', 'Jawa Barat', 18, 9],
  ['33', 'Jawa Tengah', 29, 6],
  ['34', 'DI Yogyakarta', 4, 1],
  ['35', 'Jawa Timur', 29, 9],
  ['36', 'Banten', 4, 4],
  ['51', 'Bali', 8, 1],
  ['52', 'Nusa Tenggara Barat', 8, 2],
  ['53', 'Nusa Tenggara Timur', 21, 1],
  ['61', 'Kalimantan Barat', 12, 2],
  ['62', 'Kalimantan Tengah', 13, 1],
  ['63', 'Kalimantan Selatan', 11, 2],
  ['64', 'Kalimantan Timur', 7, 3],
  ['65', 'Kalimantan Utara', 4, 1],
  ['71', 'Sulawesi Utara', 11, 4],
  ['72', 'Sulawesi Tengah', 12, 1],
  ['73', 'Sulawesi Selatan', 21, 3],
  ['74', 'Sulawesi Tenggara', 15, 2],
  ['75', 'Gorontalo', 5, 1],
  ['76', 'Sulawesi Barat', 6, 0],
  ['81', 'Maluku', 9, 2],
  ['82', 'Maluku Utara', 8, 2],
  ['91', 'Papua Barat', 7, 0],
  ['92', 'Papua Barat Daya', 5, 1],
  ['94', 'Papua', 8, 1],
  ['95', 'Papua Selatan', 4, 0],
  ['96', 'Papua Tengah', 8, 0],
  ['97', 'Papua Pegunungan', 8, 0],
]

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/** Words that stand alone before a second word ("Tanjung Harapan"). */
const HEADS = [
  'Tanjung',
  'Sungai',
  'Bukit',
  'Padang',
  'Muara',
  'Kuala',
  'Teluk',
  'Batu',
  'Tanah',
  'Pasir',
  'Lubuk',
  'Rantau',
  'Talang',
  'Karang',
  'Gunung',
  'Labuhan',
  'Pematang',
  'Air',
] as const
/** Syllables that join the second word ("Sukamaju", "Sidorejo"). */
const PREFIXES = [
  'Suka',
  'Mekar',
  'Sido',
  'Wono',
  'Giri',
  'Tirta',
  'Ci',
  'Ranca',
  'Sumber',
  'Banjar',
  'Sri',
  'Purwa',
] as const
const ROOTS = [
  'maju',
  'jaya',
  'makmur',
  'mulya',
  'rejo',
  'asri',
  'indah',
  'harapan',
  'baru',
  'raya',
  'sari',
  'agung',
  'permai',
  'lestari',
  'damai',
  'mandiri',
  'wangi',
  'kencana',
  'mukti',
  'rahayu',
] as const
const COMPASS = ['Utara', 'Selatan', 'Timur', 'Barat', 'Tengah'] as const

function pick<T>(items: ReadonlyArray<T>, random: () => number): T {
  return items[Math.floor(random() * items.length)] as T
}

/** A plausible, unique place name seeded by the region code. */
function plausibleName(code: string, used: Set<string>): string {
  const random = seededRandom('national-name', code)
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const root = pick(ROOTS, random)
    const name =
      random() < 0.45
        ? `${pick(HEADS, random)} ${root.charAt(0).toUpperCase()}${root.slice(1)}`
        : `${pick(PREFIXES, random)}${root}`
    const candidate = attempt < 25 ? name : `${name} ${pick(COMPASS, random)}`
    if (!used.has(candidate)) {
      used.add(candidate)
      return candidate
    }
  }
  const fallback = `Wilayah ${code}`
  used.add(fallback)
  return fallback
}

// ---------------------------------------------------------------------------------------------
// Regions
// ---------------------------------------------------------------------------------------------

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

/** Builds the national region list: nation, provinces, kab/kota, kecamatan (parents first). */
type Node = Omit<Region, 'ancestors' | 'childCount'>

export function buildNationalRegions(): Region[] {
  const base = new Map<string, Node>(getDataset().regions.map((r) => [r.code, r]))
  const used = new Set<string>()
  const nation = base.get(NATION_CODE)
  const regions: Node[] = [
    nation ?? {
      code: NATION_CODE,
      bpsCode: NATION_CODE,
      kemendagriCode: null,
      name: 'Indonesia',
      level: 'national',
      parentCode: null,
    },
  ]
  const districts: Node[] = []

  for (const [province, name, regencies, cities] of PROVINCES) {
    regions.push(
      base.get(province) ?? {
        code: province,
        bpsCode: province,
        kemendagriCode: null,
        name,
        level: 'province',
        parentCode: NATION_CODE,
      },
    )
    const units: Array<{ code: string; level: RegionLevel; kind: string }> = []
    const isDki = province === '31'
    for (let i = 1; i <= regencies; i += 1) {
      units.push({
        code: `${province}${pad2(i)}`,
        level: isDki ? 'admin_regency' : 'regency',
        kind: isDki ? 'Kabupaten Administrasi' : 'Kabupaten',
      })
    }
    for (let i = 1; i <= cities; i += 1) {
      units.push({
        code: `${province}${pad2(70 + i)}`,
        level: isDki ? 'admin_city' : 'city',
        kind: isDki ? 'Kota Administrasi' : 'Kota',
      })
    }
    for (const unit of units) {
      const known = base.get(unit.code)
      regions.push(
        known ?? {
          code: unit.code,
          bpsCode: unit.code,
          kemendagriCode: null,
          name: `${unit.kind} ${plausibleName(unit.code, used)} ${SYNTHETIC_MARK}`,
          level: unit.level,
          parentCode: province,
        },
      )
    }
  }

  // The base dataset's kecamatan (real names), then the big kabupaten's synthetic ones.
  for (const region of base.values()) if (region.level === 'district') districts.push(region)
  for (let i = 1; i <= BIG_REGENCY_DISTRICTS; i += 1) {
    const code = `${BIG_REGENCY}${String(i * 10).padStart(3, '0')}`
    if (base.has(code)) continue
    districts.push({
      code,
      bpsCode: code,
      kemendagriCode: null,
      name: `${plausibleName(code, used)} ${SYNTHETIC_MARK}`,
      level: 'district',
      parentCode: BIG_REGENCY,
    })
  }
  return linkRegions([...regions, ...districts])
}

type NationalData = {
  regions: ReadonlyArray<Region>
  byCode: ReadonlyMap<string, Region>
  children: ReadonlyMap<string, ReadonlyArray<Region>>
  /** region × indicator → series, filled on first request. */
  series: Map<string, { observations: Observation[]; targets: Target[] }>
}

let memo: NationalData | undefined

function getNationalData(): NationalData {
  if (memo) return memo
  const regions = buildNationalRegions()
  const children = new Map<string, Region[]>()
  for (const region of regions) {
    if (region.parentCode === null) continue
    const list = children.get(region.parentCode) ?? []
    list.push(region)
    children.set(region.parentCode, list)
  }
  memo = { regions, byCode: new Map(regions.map((r) => [r.code, r])), children, series: new Map() }
  return memo
}

/** GET /regions in the national scenario. */
export function listNationalRegions(): Region[] {
  return [...getNationalData().regions]
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

function inflationBand(year: number): { min: number; max: number } {
  const centre = year <= 2019 ? 3.5 : year <= 2023 ? 3 : 2.5
  return { min: centre - 1, max: centre + 1 }
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
  return { observations, targets: years().map((year) => target(year, inflationBand(year), true)) }
}

/** A yearly rate drifting by `step` a year around a seeded level, with a 2020–21 bump. */
function yearlyRate(
  code: string,
  indicator: IndicatorId,
  level: [number, number],
  step: number,
  bump: number,
  floor: number,
): number[] {
  const random = seededRandom('national', code, indicator)
  const start = level[0] + (level[1] - level[0]) * random()
  return years().map((year, i) => {
    const covid = year === 2020 ? bump : year === 2021 ? bump * 0.6 : 0
    return round2(Math.max(floor, start + step * i + covid + (random() - 0.5) * 0.6))
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
      const values = yearlyRate(code, 'stunting', [16, 38], -1.3, 0, 4)
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

function seriesFor(regionCode: string, indicator: IndicatorId): Built | null {
  const data = getNationalData()
  const key = `${regionCode}|${indicator}`
  const cached = data.series.get(key)
  if (cached) return cached
  const region = data.byCode.get(regionCode)
  if (!region) return null
  const built = buildSeries(region, indicator) ?? { observations: [], targets: [] }
  data.series.set(key, built)
  return built
}

/** GET /series in the national scenario: the same query rules as the base `querySeries`. */
export function queryNationalSeries(query: SeriesQuery): Series[] {
  const data = getNationalData()
  const codes = [...(query.regions ?? [])]
  if (query.parent !== undefined) {
    for (const child of data.children.get(query.parent) ?? []) codes.push(child.code)
  }
  const regionCodes = [...new Set(codes)].filter((code) => data.byCode.has(code))
  const wanted = query.indicators?.length ? new Set(query.indicators) : null
  const indicatorIds = INDICATOR_IDS.filter((id) => !wanted || wanted.has(id))
  return assembleSeries(regionCodes, indicatorIds, query, seriesFor)
}
