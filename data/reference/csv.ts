/**
 * The research CSVs (copied from /work/shared/data), bundled as text with Vite's `?raw` imports so
 * the same code runs in the browser (MSW worker mode) and in Vitest. Parsed once, on first use.
 */
import Papa from 'papaparse'
import agenciesCsv from './agencies.csv?raw'
import indicatorsCsv from './indicators.csv?raw'
import regionsCsv from './regions.csv?raw'

/** One row of indicators.csv. Every cell is a string; blank cells are `''`. */
export type IndicatorRow = {
  /** BPS code: `0000`, 2 digits (province) or 4 digits (kab/kota). */
  region_code: string
  region_name: string
  indicator: string
  period: string
  /** A number (`9.39`) or a category (`WTP`, `BB`). */
  value: string
  unit: string
  source_url: string
  source_note: string
}

/** One row of regions.csv (Kemendagri and BPS codes side by side). */
export type RegionRow = {
  level: string
  kemendagri_code: string
  /** Blank for kelurahan. */
  bps_code: string
  name: string
  parent_kemendagri_code: string
  n_kecamatan: string
  n_kelurahan: string
  n_desa: string
  source: string
}

/** One row of agencies.csv (OPD of Pemkot Bogor and Pemkot Gorontalo, each with its source). */
export type AgencyRow = {
  /** "Kota Bogor (32.71)", or "Kota Bogor (32.71) - 2017 names" for historical rows. */
  region: string
  agency_name: string
  /** Common usage, not from the source; blank when none is recorded. */
  abbreviation: string
  /** sekretariat, inspektorat, badan, dinas, satpol, kecamatan, uptd_puskesmas, historical, legal_basis. */
  category: string
  source: string
  note: string
}

const AGENCY_COLUMNS = [
  'region',
  'agency_name',
  'abbreviation',
  'category',
  'source',
  'note',
] as const satisfies ReadonlyArray<keyof AgencyRow>

/** The columns of indicators.csv, the format official figures are published and imported in. */
export const INDICATOR_COLUMNS = [
  'region_code',
  'region_name',
  'indicator',
  'period',
  'value',
  'unit',
  'source_url',
  'source_note',
] as const satisfies ReadonlyArray<keyof IndicatorRow>

const REGION_COLUMNS = [
  'level',
  'kemendagri_code',
  'bps_code',
  'name',
  'parent_kemendagri_code',
  'n_kecamatan',
  'n_kelurahan',
  'n_desa',
  'source',
] as const satisfies ReadonlyArray<keyof RegionRow>

/**
 * Parses a CSV with a header row into records of trimmed strings. Throws when the file does not
 * have the expected columns or papaparse reports a malformed row: the data is static, so a broken
 * file must fail loudly (in the tests) rather than quietly drop rows.
 */
function parseCsv<K extends string>(
  text: string,
  columns: ReadonlyArray<K>,
  file: string,
): Array<Record<K, string>> {
  const result = Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    skipEmptyLines: true,
    transformHeader: (header) => header.trim(),
  })
  const firstError = result.errors[0]
  if (firstError) {
    throw new Error(`${file}: row ${firstError.row ?? '?'}: ${firstError.message}`)
  }
  const fields = result.meta.fields ?? []
  const missing = columns.filter((column) => !fields.includes(column))
  if (missing.length > 0) throw new Error(`${file}: missing columns ${missing.join(', ')}`)
  return result.data.map((raw) => {
    const row = {} as Record<K, string>
    for (const column of columns) row[column] = (raw[column] ?? '').trim()
    return row
  })
}

let indicatorRowsCache: ReadonlyArray<IndicatorRow> | undefined
let regionRowsCache: ReadonlyArray<RegionRow> | undefined
let agencyRowsCache: ReadonlyArray<AgencyRow> | undefined

/** The rows of indicators.csv, in file order. */
export function indicatorRows(): ReadonlyArray<IndicatorRow> {
  indicatorRowsCache ??= parseCsv(indicatorsCsv, INDICATOR_COLUMNS, 'indicators.csv')
  return indicatorRowsCache
}

/** The rows of regions.csv, in file order (kelurahan included). */
export function regionRows(): ReadonlyArray<RegionRow> {
  regionRowsCache ??= parseCsv(regionsCsv, REGION_COLUMNS, 'regions.csv')
  return regionRowsCache
}

/** The rows of agencies.csv, in file order. */
export function agencyRows(): ReadonlyArray<AgencyRow> {
  agencyRowsCache ??= parseCsv(agenciesCsv, AGENCY_COLUMNS, 'agencies.csv')
  return agencyRowsCache
}
