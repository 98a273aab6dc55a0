/**
 * The demo dataset's regions: the areas it computes figures for (the "seed regions"): the nation,
 * then the provinces, kab/kota and kecamatan of regions.csv in file order (kelurahan are left
 * out), then any region indicators.csv refers to that regions.csv lacks. The records themselves
 * come from the geography of Indonesia (data/reference/geography.ts), so codes, names, ancestors and
 * child counts agree with GET /regions everywhere.
 */
import type { Region } from '@/api/regions'
import { indicatorRows, regionRows, type IndicatorRow, type RegionRow } from './csv'
import { NATION_CODE, getGeography, resolveRegionCode } from './geography'

export { NATION_CODE }

const LEVELS = new Set([
  'provinsi',
  'kota',
  'kabupaten',
  'kota_administrasi',
  'kabupaten_administrasi',
  'kecamatan',
])

/** Builds the seed region list (see the module comment). Throws on a code the geography lacks. */
export function buildRegions(
  rows: ReadonlyArray<RegionRow> = regionRows(),
  indicators: ReadonlyArray<IndicatorRow> = indicatorRows(),
): Region[] {
  const geography = getGeography()
  const regions: Region[] = []
  const known = new Set<string>()
  const add = (region: Region | null | undefined, what: string) => {
    if (!region) throw new Error(`${what} is not a region of Indonesia`)
    if (known.has(region.code)) return
    known.add(region.code)
    regions.push(region)
  }
  add(geography.byCode.get(NATION_CODE), 'the nation')
  for (const row of rows) {
    if (!LEVELS.has(row.level)) continue // kelurahan (and any unknown level)
    // Provinces are keyed by BPS code; kab/kota and kecamatan by their dotted Kemendagri code.
    const region =
      row.level === 'provinsi'
        ? resolveRegionCode(row.bps_code)
        : geography.byKemendagriCode.get(row.kemendagri_code)
    add(region, `regions.csv: ${row.kemendagri_code} ${row.name}`)
  }
  for (const row of indicators) {
    add(resolveRegionCode(row.region_code), `indicators.csv: ${row.region_code} ${row.region_name}`)
  }
  return regions
}
