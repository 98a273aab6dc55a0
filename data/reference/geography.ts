/**
 * The map of Indonesia's regions: the nation, 38 provinces, 514 kab/kota and 7,285 kecamatan
 * (villages are left out: no indicator goes below kecamatan). The one region list behind
 * GET /regions in the MSW demo and in the server's database, built lazily on first use.
 *
 * Names and the hierarchy come from idn-area-data (Kemendagri codes, latest regulation; code MIT,
 * data ODbL). Each region is keyed by its **canonical code** (docs/decisions/0019-region-keys.md):
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
import { indexRegions, searchFields, type SearchEntry } from '@/domain/region-search'
import { regionRows, type RegionRow } from './csv'
import { expandGeography, prebuiltMockData } from '../prebuilt'
import type { GeographyRecords } from './geography-records'

export const NATION_CODE = '0000'

/**
 * BPS province codes where they differ from Kemendagri's: the Papua provinces BPS numbered by
 * its own order after the 2022 split. Kemendagri → BPS.
 */
const PAPUA_PROVINCES: Readonly<Record<string, string>> = {
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
function kabKotaLevel(name: string): RegionLevel {
  const found = KABKOTA_LEVELS.find(([prefix]) => name.startsWith(prefix))
  if (!found) throw new Error(`idn-area-data: no kab/kota level in "${name}"`)
  return found[1]
}

type Node = Omit<Region, 'ancestors' | 'childCount'>

/** The records of idn-area-data's CSVs and regions.csv. */
export function readGeographyRecords(
  seedRows: ReadonlyArray<RegionRow> = regionRows(),
  csv = { provinces: provincesCsv, regencies: regenciesCsv, districts: districtsCsv },
): GeographyRecords {
  return {
    provinces: readCsv(csv.provinces, 'provinces.csv', ['code', 'name']).map(
      (r) => [field(r, 'code'), field(r, 'name')] as const,
    ),
    regencies: readCsv(csv.regencies, 'regencies.csv', ['code', 'province_code', 'name']).map(
      (r) => [field(r, 'code'), field(r, 'province_code'), field(r, 'name')] as const,
    ),
    districts: readCsv(csv.districts, 'districts.csv', ['code', 'regency_code', 'name']).map(
      (r) => [field(r, 'code'), field(r, 'regency_code'), field(r, 'name')] as const,
    ),
    bps: seedRows.flatMap((row) =>
      row.bps_code ? [[row.kemendagri_code, row.bps_code] as const] : [],
    ),
  }
}

/**
 * Builds the geography from idn-area-data's CSVs and regions.csv (the seed areas' BPS codes).
 * Use {@link getGeography} for the memoised one.
 */
function buildGeography(
  seedRows: ReadonlyArray<RegionRow> = regionRows(),
  csv = { provinces: provincesCsv, regencies: regenciesCsv, districts: districtsCsv },
): Geography {
  return geographyFromRecords(readGeographyRecords(seedRows, csv))
}

/**
 * The geography of `records`. `ordered`: every region's children come in a row, by name
 * ({@link orderedGeographyRecords}), so no name is normalised or sorted to list them, and the
 * search index is made when first asked for (the demo build's page: a first load pays for none of
 * it).
 */
export function geographyFromRecords(
  records: GeographyRecords,
  { ordered = false } = {},
): Geography {
  const bpsOf = new Map(records.bps)

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

  for (const [kemendagri, name] of records.provinces) {
    const bps = PAPUA_PROVINCES[kemendagri] ?? kemendagri
    canonical.set(kemendagri, bps)
    nodes.push({
      code: bps,
      bpsCode: bps,
      kemendagriCode: kemendagri,
      name,
      level: 'province',
      parentCode: NATION_CODE,
    })
  }

  for (const [kemendagri, province, name] of records.regencies) {
    const parentCode = canonical.get(province)
    if (!parentCode) throw new Error(`idn-area-data regencies.csv: no province ${province}`)
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

  for (const [kemendagri, regency, name] of records.districts) {
    const parentCode = canonical.get(regency)
    if (!parentCode) throw new Error(`idn-area-data districts.csv: no regency ${regency}`)
    const bps = bpsOf.get(kemendagri) ?? null
    nodes.push({
      code: bps ?? kemendagri,
      bpsCode: bps,
      kemendagriCode: kemendagri,
      name,
      level: 'district',
      parentCode,
    })
  }

  return linkGeography(nodes, ordered)
}

/**
 * The geography's records with every region's children in a row, in their order (by name: the
 * search order), for {@link geographyFromRecords} with `ordered`. Made at build time
 * (data/serialize.ts).
 */
export function orderedGeographyRecords(
  geography: Geography,
  bps: GeographyRecords['bps'],
): GeographyRecords {
  const childrenOfRegion = (region: Region) => geography.children.get(region.code) ?? []
  const nation = geography.byCode.get(NATION_CODE)
  const provinces = nation ? childrenOfRegion(nation) : []
  const regencies = provinces.flatMap(childrenOfRegion)
  const rows = (parents: ReadonlyArray<Region>) =>
    parents.flatMap((parent) =>
      childrenOfRegion(parent).map(
        (child) => [child.kemendagriCode ?? '', parent.kemendagriCode ?? '', child.name] as const,
      ),
    )
  return {
    provinces: provinces.map((r) => [r.kemendagriCode ?? '', r.name] as const),
    regencies: rows(provinces),
    districts: rows(regencies),
    bps,
  }
}

/**
 * Adds ancestors (root first, one shared array per parent) and child counts; builds the lookups.
 * Children are listed by name (the search order): sorted here, or, for `ordered` nodes, in the
 * order given, with the search index made when first asked for.
 */
function linkGeography(nodes: ReadonlyArray<Node>, ordered: boolean): Geography {
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
  let search: ReadonlyArray<SearchEntry<Region>> | null = null
  if (!ordered) {
    // Children by name: the search index's order (compareRegions), computed once for all regions.
    search = indexRegions(regions)
    const rank = new Map(search.map((entry) => [entry.item.code, entry.rank]))
    for (const list of children.values()) {
      list.sort((a, b) => (rank.get(a.code) ?? 0) - (rank.get(b.code) ?? 0))
    }
  }
  for (const [code, list] of children) {
    const parent = byCode.get(code)
    if (parent) parent.childCount = list.length
  }
  // Ordered: the index is made when first asked for, or ahead of that (warmSearchIndex) a slice of
  // names at a time, so that neither a first load nor a first keystroke pays for all of them.
  const fields: Array<{ name: string; base: string }> = []
  const warm = (more: () => boolean) => {
    while (search === null && fields.length < regions.length && more()) {
      const region = regions[fields.length] as Region
      fields.push(searchFields(region.name, region.level))
    }
    if (search === null && fields.length === regions.length) {
      search = indexRegions(regions, (_, index) => fields[index] as { name: string; base: string })
    }
    return search !== null
  }
  const geography: Geography = {
    regions,
    byCode,
    byBpsCode,
    byKemendagriCode,
    children,
    get search() {
      warm(() => true)
      return search ?? []
    },
  }
  warmers.set(geography, warm)
  return geography
}

const warmers = new WeakMap<Geography, (more: () => boolean) => boolean>()

/**
 * Makes the search index's entries ahead of the first search, while `more()` says there is time
 * (an idle callback's): true once the index is complete.
 */
export function warmSearchIndex(geography: Geography, more: () => boolean): boolean {
  return warmers.get(geography)?.(more) ?? true
}

let memo: Geography | undefined

/**
 * The geography, built on first call and kept: from the CSVs in Node (~50 ms), from the records
 * the demo build prepared in the page (data/prebuilt.ts).
 */
export function getGeography(): Geography {
  memo ??=
    import.meta.env.KINERJA_MOCK_DATA === 'prebuilt'
      ? geographyFromRecords(expandGeography(prebuiltMockData().geography), { ordered: true })
      : buildGeography()
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
