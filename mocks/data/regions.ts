/**
 * The region hierarchy served by GET /regions: the nation, the provinces, kab/kota and kecamatan
 * of regions.csv (kelurahan are left out: no indicator goes below kecamatan).
 *
 * regions.csv links rows through *Kemendagri* parent codes; the API speaks *BPS* codes, so the
 * parent is looked up through the rows. The two schemes differ inside DKI Jakarta (Jakarta Selatan
 * is BPS 3171 but Kemendagri 31.74), which is why the code is never derived from the other.
 */
import type { Region, RegionLevel } from '@/api/regions'
import { indicatorRows, regionRows, type IndicatorRow, type RegionRow } from './csv'

export const NATION_CODE = '0000'

const LEVELS: Readonly<Record<string, RegionLevel>> = {
  provinsi: 'province',
  kota: 'city',
  kabupaten: 'regency',
  kota_administrasi: 'admin_city',
  kabupaten_administrasi: 'admin_regency',
  kecamatan: 'district',
}

type Node = Omit<Region, 'ancestors' | 'childCount'>

const NATION: Node = {
  code: NATION_CODE,
  bpsCode: NATION_CODE,
  kemendagriCode: null,
  name: 'Indonesia',
  level: 'national',
  parentCode: null,
}

/** Each node with its ancestors (root first) and its number of children. */
export function linkRegions(nodes: ReadonlyArray<Node>): Region[] {
  const byCode = new Map(nodes.map((node) => [node.code, node]))
  const childCount = new Map<string, number>()
  for (const node of nodes) {
    if (node.parentCode) childCount.set(node.parentCode, (childCount.get(node.parentCode) ?? 0) + 1)
  }
  return nodes.map((node) => {
    const ancestors: Region['ancestors'] = []
    let parent = node.parentCode ? byCode.get(node.parentCode) : undefined
    while (parent) {
      ancestors.unshift({ code: parent.code, name: parent.name, level: parent.level })
      parent = parent.parentCode ? byCode.get(parent.parentCode) : undefined
    }
    return { ...node, ancestors, childCount: childCount.get(node.code) ?? 0 }
  })
}

/** Kab/kota mentioned in indicators.csv but absent from regions.csv, built from the indicator row. */
function regionFromIndicatorRow(row: IndicatorRow): Node {
  const code = row.region_code
  const name = row.region_name.trim() || code
  if (code.length === 2) {
    return {
      code,
      bpsCode: code,
      kemendagriCode: code,
      name,
      level: 'province',
      parentCode: NATION_CODE,
    }
  }
  const isCity = /^kota\b/i.test(name)
  return {
    code,
    bpsCode: code,
    // Outside DKI the Kemendagri kab/kota code is the BPS code with a dot (32.71 ↔ 3271).
    kemendagriCode: code.startsWith('31') ? null : `${code.slice(0, 2)}.${code.slice(2)}`,
    name,
    level: isCity ? 'city' : 'regency',
    parentCode: code.slice(0, 2),
  }
}

/**
 * Builds the region list: the nation first, then regions.csv in file order without kelurahan, then
 * any region indicators.csv refers to that regions.csv lacks (none with the current files).
 */
export function buildRegions(
  rows: ReadonlyArray<RegionRow> = regionRows(),
  indicators: ReadonlyArray<IndicatorRow> = indicatorRows(),
): Region[] {
  const bpsByKemendagri = new Map<string, string>()
  for (const row of rows) {
    if (row.bps_code) bpsByKemendagri.set(row.kemendagri_code, row.bps_code)
  }

  const regions: Node[] = [NATION]
  for (const row of rows) {
    const level = LEVELS[row.level]
    if (!level) continue // kelurahan (and any unknown level)
    if (!row.bps_code) throw new Error(`regions.csv: ${row.name} has no BPS code`)
    let parentCode: string
    if (level === 'province') {
      parentCode = NATION_CODE
    } else {
      const parent = bpsByKemendagri.get(row.parent_kemendagri_code)
      if (!parent)
        throw new Error(`regions.csv: parent ${row.parent_kemendagri_code} of ${row.name}`)
      parentCode = parent
    }
    regions.push({
      code: row.bps_code,
      bpsCode: row.bps_code,
      kemendagriCode: row.kemendagri_code,
      name: row.name,
      level,
      parentCode,
    })
  }

  const known = new Set(regions.map((region) => region.code))
  for (const row of indicators) {
    if (known.has(row.region_code)) continue
    regions.push(regionFromIndicatorRow(row))
    known.add(row.region_code)
  }
  return linkRegions(regions)
}
