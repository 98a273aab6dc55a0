/**
 * The demo's mock data prepared at build time (docs/decisions/0043-demo-first-load.md): what the
 * mock API's getters would otherwise build in the page from CSVs on the first request — the map
 * of Indonesia, the dataset, the agencies and the programs — made by the build in Node
 * (data/serialize.ts, vite-plugins/demo-data.ts), shipped as one JSON file fetched beside the
 * app's first chunks, and handed over here by mocks/browser.ts before the mock API answers.
 *
 * Only the demo page reads it: its bundle is built with `import.meta.env.KINERJA_MOCK_DATA` set to
 * `prebuilt`, so the getters' CSV branch — and the CSVs, papaparse and the builders — are left out
 * of it. Node (tests, the server, the contract's mock API) builds from the CSVs as before.
 */
import type { Directive } from '@/api/directives'
import type { Iku } from '@/api/agencies'
import type { Indicator } from '@/api/indicators'
import type { Program } from '@/api/programs'
import type { Region } from '@/api/regions'
import type { Observation, Target } from '@/api/series'
import type { GeographyRecords } from './reference/geography-records'
import type { MockAgency } from './synthetic/agency-themes'

/**
 * idn-area-data's rows, each region's children in a row by name (orderedGeographyRecords), with
 * what is implied left out: a kab/kota's province and a kecamatan's kab/kota are the first
 * segments of its Kemendagri code (`32.01.05` is in `32.01`), so each row is grouped under its
 * parent's code and keeps only its own last segment. 44 KiB gzip where the CSV is 58.
 */
export type CompactGeography = {
  provinces: Array<[code: string, name: string]>
  regencies: Array<[province: string, children: Array<[segment: string, name: string]>]>
  districts: Array<[regency: string, children: Array<[segment: string, name: string]>]>
  bps: Array<[kemendagri: string, bps: string]>
}

export type MockData = {
  geography: CompactGeography
  dataset: {
    regions: Region[]
    indicators: Indicator[]
    observations: Array<[string, Observation[]]>
    targets: Array<[string, Target[]]>
  }
  agencies: {
    byRegion: Array<[string, MockAgency[]]>
    iku: Array<[string, Iku[]]>
    indicatorIds: Array<[string, string[]]>
  }
  programs: {
    programs: Array<[string, Program[]]>
    directives: Array<[string, Directive[]]>
  }
}

let provided: MockData | null = null

/** Hands the fetched data to the getters (mocks/browser.ts, before the first answer). */
export function provideMockData(data: MockData): void {
  provided = data
}

/** The data handed over; throws if asked for before it arrived (a bug: requests wait for it). */
export function prebuiltMockData(): MockData {
  if (!provided) throw new Error('[kinerja] the mock data has not been loaded yet')
  return provided
}

function grouped(
  rows: GeographyRecords['regencies'],
): Array<[string, Array<[segment: string, name: string]>]> {
  const groups: Array<[string, Array<[string, string]>]> = []
  for (const [code, parent, name] of rows) {
    if (!code.startsWith(`${parent}.`)) throw new Error(`geography: ${code} is not under ${parent}`)
    const last = groups.at(-1)
    const row: [string, string] = [code.slice(parent.length + 1), name]
    if (last && last[0] === parent) last[1].push(row)
    else groups.push([parent, [row]])
  }
  return groups
}

function ungrouped(
  groups: CompactGeography['regencies'],
): Array<readonly [code: string, parent: string, name: string]> {
  return groups.flatMap(([parent, rows]) =>
    rows.map(([segment, name]) => [`${parent}.${segment}`, parent, name] as const),
  )
}

/** The shipped form of the geography's records (in Node, at build time). */
export function compactGeography(records: GeographyRecords): CompactGeography {
  return {
    provinces: records.provinces.map(([code, name]) => [code, name]),
    regencies: grouped(records.regencies),
    districts: grouped(records.districts),
    bps: records.bps.map(([kemendagri, bps]) => [kemendagri, bps]),
  }
}

/** The geography's records from their shipped form (in the page). */
export function expandGeography(compact: CompactGeography): GeographyRecords {
  return {
    provinces: compact.provinces,
    regencies: ungrouped(compact.regencies),
    districts: ungrouped(compact.districts),
    bps: compact.bps,
  }
}
