/**
 * The map of Indonesia's regions: the nation, 38 provinces, 514 kab/kota and 7,285 kecamatan
 * (villages are left out: no indicator goes below kecamatan). The one region list behind
 * GET /regions in the MSW demo and in the server's database, built lazily on first use.
 *
 * Names and the hierarchy come from idn-area-data (Kemendagri codes, latest regulation; code MIT,
 * data ODbL). Each region is keyed by its **canonical code** (README, decision "Region keys"):
 * its BPS code where one is known, else its dotted Kemendagri code. BPS codes come from:
 * - regions.csv for the seed areas: DKI Jakarta's kota administrasi and kecamatan, and the
 *   kecamatan of Kota Bogor and Kota Gorontalo (BPS numbers kecamatan differently: Bogor Tengah is
 *   32.71.03 at Kemendagri but 3271040 at BPS, so a kecamatan code is never derived);
 * - BPS's province table: equal to Kemendagri's except for the six Papua provinces;
 * - other kab/kota: Kemendagri's code without the dot (BPS matches it), except in DKI (regions.csv)
 *   and the six Papua provinces (renumbered by BPS; no code known here, so keyed by Kemendagri).
 */
import Papa from 'papaparse'
import districtsCsv from 'idn-area-data/data/districts.csv?raw'
import provincesCsv from 'idn-area-data/data/provinces.csv?raw'
import regenciesCsv from 'idn-area-data/data/regencies.csv?raw'
import { isRegionCode } from '@/api/common'
import type { Region, RegionLevel, RegionRef } from '@/api/regions'
import { indexRegions, type SearchEntry } from '@/domain/region-search'
import { regionRows, type RegionRow } from './csv'

export const NATION_CODE = '0000'

/**
 * BPS province codes where they differ from Kemendagri's: the Papua provinces BPS numbered by
 * its own order after the 2022 split. Kemendagri → BPS.
 */
export const PAPUA_PROVINCES: Readonly<Record<string, string>> = {
  '91': '94', // Papua
  '92': '91', // Papua Barat
  '93': '95', // Papua Selatan
  '94': '96', // Papua Tengah
  '95': '97', // Papua Pegunungan
  '96': '92', // Papua Barat Daya
}

/** BPS's 38 provinces (code, name as BPS writes it): the check on the table above. */
export const BPS_PROVINCES: ReadonlyArray<readonly [string, string]> = [
  ['11', 'Aceh'],
  ['12', 'Sumatera Utara'],
  ['13', 'Sumatera Barat'],
  ['14', 'Riau'],
  ['15', 'Jambi'],
  ['16', 'Sumatera Selatan'],
  ['17', 'Bengkulu'],
  ['18', 'Lampung'],
  ['19', 'Kepulauan Bangka Belitung'],
  ['21', 'Kepulauan Riau'],
  ['31', 'DKI Jakarta'],
  ['32', 'Jawa Barat'],
  ['33', 'Jawa Tengah'],
  ['34', 'DI Yogyakarta'],
  ['35', 'Jawa Timur'],
  ['36', 'Banten'],
  ['51', 'Bali'],
  ['52', 'Nusa Tenggara Barat'],
  ['53', 'Nusa Tenggara Timur'],
  ['61', 'Kalimantan Barat'],
  ['62', 'Kalimantan Tengah'],
  ['63', 'Kalimantan Selatan'],
  ['64', 'Kalimantan Timur'],
  ['65', 'Kalimantan Utara'],
  ['71', 'Sulawesi Utara'],
  ['72', 'Sulawesi Tengah'],
  ['73', 'Sulawesi Selatan'],
  ['74', 'Sulawesi Tenggara'],
  ['75', 'Gorontalo'],
  ['76', 'Sulawesi Barat'],
  ['81', 'Maluku'],
  ['82', 'Maluku Utara'],
  ['91', 'Papua Barat'],
  ['92', 'Papua Barat Daya'],
  ['94', 'Papua'],
  ['95', 'Papua Selatan'],
  ['96', 'Papua Tengah'],
  ['97', 'Papua Pegunungan'],
]

/** Kab/kota levels by the first words of the name (longest first). */
const KABKOTA_LEVELS: ReadonlyArray<readonly [string, RegionLevel]> = [
  ['Kota Administrasi ', 'admin_city'],
  ['Kabupaten Administrasi ', 'admin_regency'],
  ['Kota ', 'city'],
  ['Kabupaten ', 'regency'],
]

export type Geography = {
  /** The nation, then provinces, kab/kota and kecamatan, each in Kemendagri code order. */
  regions: ReadonlyArray<Region>
  byCode: ReadonlyMap<string, Region>
  byBpsCode: ReadonlyMap<string, Region>
  byKemendagriCode: ReadonlyMap<string, Region>
  /** Parent's canonical code → its children, by name. */
  children: ReadonlyMap<string, ReadonlyArray<Region>>
  /** Every region prepared for GET /regions?q= (src/domain/region-search.ts). */
  search: ReadonlyArray<SearchEntry<Region>>
}

type CsvRecord = Record<string, string | undefined>

function readCsv(text: string, file: string, columns: ReadonlyArray<string>): CsvRecord[] {
  const result = Papa.parse<CsvRecord>(text, { header: true, skipEmptyLines: true })
  const error = result.errors[0]
  if (error) throw new Error(`idn-area-data ${file}: row ${error.row ?? '?'}: ${error.message}`)
  const missing = columns.filter((c) => !(result.meta.fields ?? []).includes(c))
  if (missing.length > 0) throw new Error(`idn-area-data ${file}: missing ${missing.join(', ')}`)
  return result.data
}

function field(record: CsvRecord, column: string): string {
  return (record[column] ?? '').trim()
}

/** The level of a kab/kota from its official name ("Kota Administrasi Jakarta Selatan"). */
export function kabKotaLevel(name: string): RegionLevel {
  const found = KABKOTA_LEVELS.find(([prefix]) => name.startsWith(prefix))
  if (!found) throw new Error(`idn-area-data: no kab/kota level in "${name}"`)
  return found[1]
}

type Node = Omit<Region, 'ancestors' | 'childCount'>

/**
 * Builds the geography from idn-area-data's CSVs and regions.csv (the seed areas' BPS codes).
 * Use {@link getGeography} for the memoised one.
 */
export function buildGeography(
  seedRows: ReadonlyArray<RegionRow> = regionRows(),
  csv = { provinces: provincesCsv, regencies: regenciesCsv, districts: districtsCsv },
): Geography {
  // regions.csv: Kemendagri → BPS for the seed areas (kelurahan carry no BPS code).
  const bpsOf = new Map<string, string>()
  for (const row of seedRows) if (row.bps_code) bpsOf.set(row.kemendagri_code, row.bps_code)

  const nodes: Node[] = [
    {
      code: NATION_CODE,
      bpsCode: NATION_CODE,
      kemendagriCode: null,
      name: 'Indonesia',
      level: 'national',
      parentCode: null,
    },
  ]
  /** Kemendagri code → canonical code, to link children to parents. */
  const canonical = new Map<string, string>()

  for (const record of readCsv(csv.provinces, 'provinces.csv', ['code', 'name'])) {
    const kemendagri = field(record, 'code')
    const bps = PAPUA_PROVINCES[kemendagri] ?? kemendagri
    canonical.set(kemendagri, bps)
    nodes.push({
      code: bps,
      bpsCode: bps,
      kemendagriCode: kemendagri,
      name: field(record, 'name'),
      level: 'province',
      parentCode: NATION_CODE,
    })
  }

  for (const record of readCsv(csv.regencies, 'regencies.csv', ['code', 'province_code', 'name'])) {
    const kemendagri = field(record, 'code')
    const province = field(record, 'province_code')
    const parentCode = canonical.get(province)
    if (!parentCode) throw new Error(`idn-area-data regencies.csv: no province ${province}`)
    const name = field(record, 'name')
    let bps: string | null
    if (province in PAPUA_PROVINCES) bps = null
    else if (province === '31') bps = bpsOf.get(kemendagri) ?? null
    else bps = bpsOf.get(kemendagri) ?? kemendagri.replace('.', '')
    canonical.set(kemendagri, bps ?? kemendagri)
    nodes.push({
      code: bps ?? kemendagri,
      bpsCode: bps,
      kemendagriCode: kemendagri,
      name,
      level: kabKotaLevel(name),
      parentCode,
    })
  }

  for (const record of readCsv(csv.districts, 'districts.csv', ['code', 'regency_code', 'name'])) {
    const kemendagri = field(record, 'code')
    const regency = field(record, 'regency_code')
    const parentCode = canonical.get(regency)
    if (!parentCode) throw new Error(`idn-area-data districts.csv: no regency ${regency}`)
    const bps = bpsOf.get(kemendagri) ?? null
    nodes.push({
      code: bps ?? kemendagri,
      bpsCode: bps,
      kemendagriCode: kemendagri,
      name: field(record, 'name'),
      level: 'district',
      parentCode,
    })
  }

  return linkGeography(nodes)
}

/** Adds ancestors (root first, one shared array per parent) and child counts; builds the lookups. */
function linkGeography(nodes: ReadonlyArray<Node>): Geography {
  const byCode = new Map<string, Region>()
  const byBpsCode = new Map<string, Region>()
  const byKemendagriCode = new Map<string, Region>()
  const children = new Map<string, Region[]>()
  /** A parent's code → the ancestors of its children. */
  const lineage = new Map<string, RegionRef[]>()
  const regions: Region[] = []

  // Nodes come parents first (nation, provinces, kab/kota, kecamatan).
  for (const node of nodes) {
    if (byCode.has(node.code)) throw new Error(`geography: two regions share code ${node.code}`)
    let ancestors: RegionRef[] = []
    if (node.parentCode !== null) {
      const parent = byCode.get(node.parentCode)
      if (!parent) throw new Error(`geography: ${node.code} comes before its parent`)
      let line = lineage.get(parent.code)
      if (!line) {
        line = [...parent.ancestors, { code: parent.code, name: parent.name, level: parent.level }]
        lineage.set(parent.code, line)
      }
      ancestors = line
    }
    const region: Region = { ...node, ancestors, childCount: 0 }
    regions.push(region)
    byCode.set(region.code, region)
    if (region.bpsCode !== null) {
      if (byBpsCode.has(region.bpsCode)) throw new Error(`geography: BPS ${region.bpsCode} twice`)
      byBpsCode.set(region.bpsCode, region)
    }
    if (region.kemendagriCode !== null) byKemendagriCode.set(region.kemendagriCode, region)
    if (region.parentCode !== null) {
      const siblings = children.get(region.parentCode) ?? []
      siblings.push(region)
      children.set(region.parentCode, siblings)
    }
  }
  // Children by name: the search index's order (compareRegions), computed once for all regions.
  const search = indexRegions(regions)
  const rank = new Map(search.map((entry) => [entry.item.code, entry.rank]))
  for (const [code, list] of children) {
    list.sort((a, b) => (rank.get(a.code) ?? 0) - (rank.get(b.code) ?? 0))
    const parent = byCode.get(code)
    if (parent) parent.childCount = list.length
  }
  return { regions, byCode, byBpsCode, byKemendagriCode, children, search }
}

let memo: Geography | undefined

/** The geography, built on first call (~30 ms) and kept. */
export function getGeography(): Geography {
  memo ??= buildGeography()
  return memo
}

/**
 * The region a code names, or null. Undotted codes are BPS codes (`0000`, `32`, `3171`,
 * `3271040`); dotted codes are Kemendagri's (`31.74`, `32.71.03`) and resolve to the region's
 * canonical code, its BPS code where one is known (`31.74` → `3171`).
 */
export function resolveRegionCode(code: string, geography = getGeography()): Region | null {
  if (!isRegionCode(code)) return null
  const region = code.includes('.')
    ? geography.byKemendagriCode.get(code)
    : geography.byBpsCode.get(code)
  return region ?? null
}

/** The direct children of a region (any kind of code), by name; empty for an unknown code. */
export function childrenOf(code: string, geography = getGeography()): ReadonlyArray<Region> {
  const region = resolveRegionCode(code, geography)
  return region ? (geography.children.get(region.code) ?? []) : []
}

/** The canonical code of the region a code names, or the code itself when no region has it. */
export function canonicalCode(code: string, geography = getGeography()): string {
  return resolveRegionCode(code, geography)?.code ?? code
}
