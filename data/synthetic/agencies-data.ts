/**
 * The agencies (OPD) of Kota Bogor and Kota Gorontalo, from agencies.csv (official names, each with
 * its source), and their synthetic SAKIP evaluations and key indicators (IKU).
 *
 * Which rows become agencies: sekretariat, inspektorat, badan, dinas, satpol and kecamatan of the
 * two cities. Puskesmas (UPTD under Dinas Kesehatan, not evaluated on their own), the 2017 names and
 * the legal-basis row are left out, and so are two rows that name an agency twice:
 * - "Badan Perencanaan dan Pembangunan Daerah" (Bappeda) was renamed Bapperida by 2024: one agency,
 *   Bapperida, carries the whole history.
 * - the dump lists both "Dinas Perindustrian dan Perdagangan" and "Dinas Koperasi, UKM,
 *   Perdagangan dan Perindustrian" (a reorganisation): the first is kept, as the catalogue's owner
 *   of inflation (Disperindag).
 *
 * SAKIP (synthetic, seeded): the city's internal evaluation of each agency, 2019–2025. Each agency
 * has a level and a yearly improvement with noise; kecamatan are evaluated from 2021; a few early
 * years are missing. From 2022 (PermenPANRB 88/2021) the score is the sum of four components, each
 * within its maximum; before that only the score exists. Every year holds at least one tie, so the
 * ranking's tie rule is visible.
 */
import {
  isAgencyCategory,
  type Agency,
  type AgencyCategory,
  type Iku,
  type SakipComponents,
  type SakipEvaluation,
} from '@/api/agencies'
import { FIRST_YEAR_OF_88_2021, SAKIP_COMPONENTS } from '@/domain/sakip'
import { sakipPredicate } from '@/domain/status'
import { buildCatalog } from '../reference/catalog'
import { agencyRows, type AgencyRow } from '../reference/csv'
import {
  CATALOG_OWNER_ROLES,
  IKU_TEMPLATES,
  roleOf,
  type MockAgency,
  type Role,
} from './agency-themes'
import { prebuiltMockData, type MockData } from '../prebuilt'
import { round2, seededRandom } from './random'
import type { LocalizedText } from '@/api/common'

/**
 * Where an agency's name comes from, told to a reader (agencies.csv's `source` is the research
 * trail, in English, for the project; it is kept in the CSV, not shown).
 */
function agencySource(research: string): LocalizedText {
  if (research.startsWith('public SQL dump')) {
    return {
      id: 'Daftar instansi Pemerintah Kota Bogor dari basis data aplikasi pengaduan kota yang terbuka untuk umum (sekitar November 2024)',
      en: 'List of Kota Bogor government agencies from the public database of the city complaint application (around November 2024)',
    }
  }
  if (research.includes('edata.gorontalokota.go.id')) {
    return {
      id: 'Daftar produsen data di portal data terbuka Kota Gorontalo (edata.gorontalokota.go.id, salinan 21 Juni 2022)',
      en: 'Data producers listed on the Kota Gorontalo open-data portal (edata.gorontalokota.go.id, copy of 21 June 2022)',
    }
  }
  if (research.includes('wilayah')) {
    return {
      id: 'Daftar kecamatan Kemendagri (Kepmendagri 300.2.2-2138/2025)',
      en: 'Kemendagri list of kecamatan (Kepmendagri 300.2.2-2138/2025)',
    }
  }
  if (research.includes('kotabogor.go.id')) {
    return {
      id: 'Situs Pemerintah Kota Bogor (kotabogor.go.id)',
      en: 'Kota Bogor government website (kotabogor.go.id)',
    }
  }
  return {
    id: 'Berita tentang Pemerintah Kota Bogor (2024)',
    en: 'News about the Kota Bogor government (2024)',
  }
}

/** The regions that have agency data. */
export const AGENCY_REGIONS = ['3271', '7571'] as const

export const SAKIP_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const
/** IKU years: 2026's realisation is not reported yet on the dataset's day. */
const IKU_YEARS = [2022, 2023, 2024, 2025, 2026] as const
const LAST_REALISED_IKU_YEAR = 2025

/** Rows that name an agency already listed (see the module comment). */
const SUPERSEDED = new Set([
  'Badan Perencanaan dan Pembangunan Daerah',
  'Dinas Koperasi, Usaha Kecil dan Menengah, Perdagangan dan Perindustrian',
])

/** Common-usage abbreviations where the CSV has none (Diarpus as in the seed article). */
const EXTRA_ABBREVIATIONS: Readonly<Record<string, string>> = {
  '3271|Sekretariat DPRD': 'Setwan',
  '3271|Inspektorat Daerah': 'Inspektorat',
  '3271|Dinas Ketahanan Pangan dan Pertanian': 'DKPP',
  '3271|Dinas Arsip dan Perpustakaan': 'Diarpus',
  '3271|Dinas Pemadam Kebakaran dan Penyelamatan': 'Damkar',
  '3271|Dinas Perindustrian dan Perdagangan': 'Disperindag',
}

export type AgencyData = {
  byRegion: ReadonlyMap<string, ReadonlyArray<MockAgency>>
  byId: ReadonlyMap<string, MockAgency>
  iku: ReadonlyMap<string, ReadonlyArray<Iku>>
  indicatorIds: ReadonlyMap<string, ReadonlyArray<string>>
}

/** "Kota Bogor (32.71)" → "3271"; null for the historical and other rows. */
function regionCodeOf(row: AgencyRow): string | null {
  const match = /^Kota [A-Za-z ]+ \((\d{2})\.(\d{2})\)$/.exec(row.region)
  return match ? `${match[1]}${match[2]}` : null
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Splits `score` into the four components, each within its maximum; returns them rounded. */
function splitComponents(level: number, rand: () => number): SakipComponents {
  // Each component scores about `level` % of its maximum, ± 8 points of share.
  const values = SAKIP_COMPONENTS.map(({ max }) => {
    const share = Math.min(0.97, Math.max(0.3, level / 100 + (rand() - 0.5) * 0.16))
    return round2(max * share)
  })
  const [planning = 0, measurement = 0, reporting = 0, internalEvaluation = 0] = values
  return { planning, measurement, reporting, internalEvaluation }
}

function componentSum(c: SakipComponents): number {
  return round2(c.planning + c.measurement + c.reporting + c.internalEvaluation)
}

function buildSakip(agency: { id: string; category: AgencyCategory; role: Role | null }) {
  const rand = seededRandom('sakip', agency.id)
  const boost =
    agency.role === 'inspectorate' || agency.role === 'planning' || agency.role === 'secretariat'
      ? 6
      : agency.category === 'kecamatan'
        ? -4
        : 0
  const base = 57 + rand() * 20 + boost
  const growth = 0.6 + rand() * 1.8
  const firstYear = agency.category === 'kecamatan' ? 2021 : 2019
  const evaluations: SakipEvaluation[] = []
  for (const year of SAKIP_YEARS) {
    const gap = rand()
    const noise = (rand() - 0.5) * 3
    if (year < firstYear) continue
    if (year <= 2021 && gap < 0.07) continue // not evaluated that year
    const level = Math.min(93, Math.max(35, base + growth * (year - 2019) + noise))
    if (year >= FIRST_YEAR_OF_88_2021) {
      const components = splitComponents(level, rand)
      const score = componentSum(components)
      evaluations.push({
        year,
        score,
        predicate: sakipPredicate(score) as SakipEvaluation['predicate'],
        framework: 'permenpanrb-88-2021',
        components,
        provenance: 'synthetic',
      })
    } else {
      const score = round2(level)
      evaluations.push({
        year,
        score,
        predicate: sakipPredicate(score) as SakipEvaluation['predicate'],
        framework: 'permenpanrb-12-2015',
        components: null,
        provenance: 'synthetic',
      })
    }
  }
  return evaluations
}

/**
 * In every year one agency takes the evaluation of the agency ranked just above it (the nearest
 * score, so the history barely moves), so the ranking shows a tie.
 */
function addTies(regionCode: string, agencies: ReadonlyArray<MockAgency>): void {
  for (const year of SAKIP_YEARS) {
    const evaluated = agencies
      .map((a) => ({ agency: a.agency, evaluation: a.agency.sakip.find((e) => e.year === year) }))
      .filter(
        (a): a is { agency: Agency; evaluation: SakipEvaluation } => a.evaluation !== undefined,
      )
      .sort((a, b) => b.evaluation.score - a.evaluation.score)
    if (evaluated.length < 2) continue
    const r = seededRandom('sakip-tie', regionCode, String(year))()
    const index = Math.floor(r * (evaluated.length - 1))
    const from = evaluated[index]?.evaluation
    const to = evaluated[index + 1]?.agency
    if (!from || !to) continue
    to.sakip = to.sakip.map((e) =>
      e.year === year
        ? { ...from, components: from.components ? { ...from.components } : null }
        : e,
    )
  }
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

/** Capaian drawn so most IKU land in the top bands and a few fall short. */
function drawAchievement(rand: () => number): number {
  const r = rand()
  const within = rand()
  if (r < 0.5) return 0.93 + within * 0.19
  if (r < 0.75) return 0.78 + within * 0.13
  if (r < 0.88) return 0.67 + within * 0.08
  if (r < 0.96) return 0.52 + within * 0.13
  return 0.35 + within * 0.14
}

function buildIku(agencyId: string, role: Role | null): Iku[] {
  const templates = role ? IKU_TEMPLATES[role] : []
  return templates.map((template) => {
    const rand = seededRandom('iku', agencyId, template.id)
    const values = IKU_YEARS.map((year) => {
      let target = template.target + template.step * (year - IKU_YEARS[0])
      if (template.max !== undefined) target = Math.min(template.max, target)
      target = roundTo(Math.max(0, target), template.decimals)
      const achievement = drawAchievement(rand)
      if (year > LAST_REALISED_IKU_YEAR) return { year, target, realisation: null }
      let realisation =
        template.polarity === 'higher' ? target * achievement : target * (2 - achievement)
      if (template.max !== undefined) realisation = Math.min(template.max, realisation)
      return { year, target, realisation: roundTo(Math.max(0, realisation), template.decimals) }
    })
    return {
      id: template.id,
      name: template.name,
      unit: template.unit,
      polarity: template.polarity,
      decimals: template.decimals,
      values,
      provenance: 'synthetic' as const,
    }
  })
}

export function buildAgencyData(rows: ReadonlyArray<AgencyRow> = agencyRows()): AgencyData {
  const byRegion = new Map<string, MockAgency[]>()
  const byId = new Map<string, MockAgency>()
  for (const row of rows) {
    const regionCode = regionCodeOf(row)
    const category = row.category
    if (!regionCode || !isAgencyCategory(category) || SUPERSEDED.has(row.agency_name)) continue
    const abbreviation =
      row.abbreviation || EXTRA_ABBREVIATIONS[`${regionCode}|${row.agency_name}`] || null
    const id = `${regionCode}-${slug(abbreviation ?? row.agency_name)}`
    if (byId.has(id)) throw new Error(`agencies.csv: duplicate agency id ${id}`)
    const role = roleOf(row.agency_name)
    const agency: Agency = {
      id,
      regionCode,
      name: row.agency_name,
      abbreviation,
      category,
      source: agencySource(row.source),
      sakip: buildSakip({ id, category, role }),
    }
    const entry = { agency, role }
    byId.set(id, entry)
    const list = byRegion.get(regionCode) ?? []
    list.push(entry)
    byRegion.set(regionCode, list)
  }
  for (const [regionCode, list] of byRegion) addTies(regionCode, list)

  const catalog = buildCatalog()
  const iku = new Map<string, Iku[]>()
  const indicatorIds = new Map<string, string[]>()
  for (const { agency, role } of byId.values()) {
    iku.set(agency.id, buildIku(agency.id, role))
    indicatorIds.set(
      agency.id,
      catalog
        .filter((i) => role !== null && CATALOG_OWNER_ROLES[i.ownerAgency] === role)
        .map((i) => i.id),
    )
  }
  return { byRegion, byId, iku, indicatorIds }
}

/** The agency data from its prepared form (data/prebuilt.ts). */
export function agencyDataFromData(data: MockData['agencies']): AgencyData {
  return {
    byRegion: new Map(data.byRegion),
    byId: new Map(data.byRegion.flatMap(([, list]) => list.map((e) => [e.agency.id, e] as const))),
    iku: new Map(data.iku),
    indicatorIds: new Map(data.indicatorIds),
  }
}

let memo: AgencyData | undefined

export function getAgencyData(): AgencyData {
  memo ??=
    import.meta.env.KINERJA_MOCK_DATA === 'prebuilt'
      ? agencyDataFromData(prebuiltMockData().agencies)
      : buildAgencyData()
  return memo
}

/** The agencies of a region in file order (empty for a region without agency data). */
export function listAgencies(regionCode: string): Agency[] {
  return (getAgencyData().byRegion.get(regionCode) ?? []).map((entry) => entry.agency)
}

export function findAgency(id: string): MockAgency | undefined {
  return getAgencyData().byId.get(id)
}
