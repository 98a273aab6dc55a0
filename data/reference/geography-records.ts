/**
 * idn-area-data's three tables as rows (Kemendagri code, parent's Kemendagri code, name) and the
 * seed areas' BPS codes (regions.csv): all the geography is built from. The demo build ships them as
 * JSON, in the geography's search order (data/prebuilt.ts), rather than parse the CSVs in the
 * page.
 */
export type GeographyRecords = {
  provinces: ReadonlyArray<readonly [code: string, name: string]>
  regencies: ReadonlyArray<readonly [code: string, province: string, name: string]>
  districts: ReadonlyArray<readonly [code: string, regency: string, name: string]>
  /** Kemendagri → BPS code of the seed areas (kelurahan carry none). */
  bps: ReadonlyArray<readonly [kemendagri: string, bps: string]>
}
