/**
 * The observation store: official figures from indicators.csv plus clearly labelled synthetic
 * fill, keyed by region × indicator. Everything here is pure and deterministic: synthetic numbers
 * come from a PRNG seeded with region + indicator + period, never from `Math.random`.
 *
 * Build order matters, because later rules derive from earlier results:
 *   1. official rows (deduplicated; SAKIP score and predicate merged; multi-URL cells split);
 *   2. (a) interior gaps of TPT, stunting and poverty, per region;
 *   3. (b) monthly inflation between official anchors;
 *   4. (d) DKI's kota administrasi and Kepulauan Seribu from the province;
 *   5. (c) kecamatan from their kab/kota (after (d), so DKI kecamatan have a parent series);
 *
 * The 100-day programme's delivery is not filled here: it is counted from the programme list
 * (data/synthetic/program-delivery.ts), by the roll-up every view shows.
 *
 * Two choices beyond the plain rules: a handful of figures the research read but could not back
 * with a URL replace the interpolation in their slot (READ_NOT_RECORDED, still synthetic), and
 * CONFLICT/CAUTION-flagged official rows never anchor synthetic values.
 */
import type { Region } from '@/api/regions'
import type { Observation } from '@/api/series'
import {
  monthPeriodFromIndex,
  parsePeriod,
  periodEndMonth,
  periodKey,
  sortByPeriod,
} from '@/domain/periods'
import type { LocalizedText } from '@/api/common'
import { buildCatalog, type IndicatorId } from '../reference/catalog'
import { indicatorRows, type IndicatorRow } from '../reference/csv'
import { isCsvIndicator, mergeSakip, readOfficialRow } from '../reference/official'
import { NATION_CODE } from '../reference/regions'
import { roundTo, seededUniform } from './random'

const DECIMALS = new Map(buildCatalog().map((indicator) => [indicator.id, indicator.decimals]))

/** A synthetic figure is made no finer than the indicator is published (stunting: one decimal). */
function published(indicator: IndicatorId, value: number): number {
  return roundTo(value, DECIMALS.get(indicator) ?? 2)
}

/** Store key of one series. */
export function seriesKey(regionCode: string, indicatorId: string): string {
  return `${regionCode}|${indicatorId}`
}

/** While building: region × indicator → period key → observation. */
type WorkingStore = Map<string, Map<string, Observation>>

// ---------------------------------------------------------------------------------------------
// Official rows
// ---------------------------------------------------------------------------------------------

const FLAGGED = /\b(CONFLICT|CAUTION)\b/

/**
 * One row per CSV indicator × region × period. Where sources disagree and the CSV carries several
 * rows, the row without a CONFLICT/CAUTION flag wins, else the first in file order. (The current
 * file has no such duplicates; the two flagged rows it has are the only row for their key and are
 * kept with their note.)
 */
function deduplicate(rows: ReadonlyArray<IndicatorRow>): IndicatorRow[] {
  const chosen = new Map<string, IndicatorRow>()
  for (const row of rows) {
    if (!isCsvIndicator(row.indicator)) continue
    const key = `${row.indicator}|${row.region_code}|${row.period}`
    const current = chosen.get(key)
    if (!current || (FLAGGED.test(current.source_note) && !FLAGGED.test(row.source_note))) {
      chosen.set(key, row)
    }
  }
  return [...chosen.values()]
}

function put(store: WorkingStore, regionCode: string, indicator: IndicatorId, obs: Observation) {
  const key = seriesKey(regionCode, indicator)
  let series = store.get(key)
  if (!series) {
    series = new Map()
    store.set(key, series)
  }
  series.set(obs.period, obs)
}

function addOfficial(store: WorkingStore, rows: ReadonlyArray<IndicatorRow>): void {
  // SAKIP score and predicate arrive as two CSV indicators; they become one observation.
  const sakip = new Map<string, { score?: Observation; predicate?: Observation }>()
  for (const row of deduplicate(rows)) {
    const read = readOfficialRow(row)
    if (!read.ok) {
      throw new Error(
        `indicators.csv: ${row.indicator} ${row.region_code} ${row.period}: ${read.problem}`,
      )
    }
    if (read.indicator === 'sakip') {
      const key = `${row.region_code}|${read.observation.period}`
      const pair = sakip.get(key) ?? {}
      if (row.indicator === 'sakip_score') pair.score = read.observation
      else pair.predicate = read.observation
      sakip.set(key, pair)
      continue
    }
    put(store, row.region_code, read.indicator, read.observation)
  }
  for (const [key, { score, predicate }] of sakip) {
    const merged = mergeSakip(score, predicate)
    if (merged) put(store, key.split('|')[0] ?? '', 'sakip', merged)
  }
}

// ---------------------------------------------------------------------------------------------
// Synthetic helpers
// ---------------------------------------------------------------------------------------------

function synthetic(period: string, value: number, method: LocalizedText): Observation {
  return {
    period,
    value,
    grade: null,
    provenance: 'synthetic',
    source: null,
    citation: null,
    method,
    releaseDate: null,
    provisional: false,
  }
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

const text = (id: string, en: string): LocalizedText => ({ id, en })
const NOTE_INTERPOLATED = text(
  'Interpolasi antara dua angka resmi',
  'Interpolated between two official figures',
)
const NOTE_INFLATION = text(
  'Interpolasi bulanan antara angka resmi, dengan variasi halus',
  'Monthly interpolation between official figures, with smooth variation',
)
const NOTE_INFLATION_GUIDED = text(
  'Interpolasi antara angka resmi, mengikuti pola inflasi nasional',
  'Interpolated between official figures, following the national inflation path',
)
const NOTE_FROM_PROVINCE = text(
  'Turunan dari angka provinsi × faktor wilayah administrasi',
  'Derived from the province figure × an administrative-area factor',
)
const NOTE_FROM_CITY = text(
  'Turunan dari angka kab/kota × faktor kecamatan',
  'Derived from the kab/kota figure × a kecamatan factor',
)

/**
 * Figures the research read but did not record as official (shared/data/README.md: "Read but NOT recorded" and
 * "Derived, so excluded"). They are closer to the truth than an interpolation, so they take the
 * place of one, but they stay *synthetic* because no source URL backs them. Each is used only when
 * its slot would otherwise be filled by rule (a) or (b).
 */
const READ_NOT_RECORDED: ReadonlyArray<{
  region: string
  indicator: IndicatorId
  period: string
  value: number
  note: LocalizedText
}> = [
  {
    region: '31',
    indicator: 'tpt',
    period: '2020-08',
    value: 10.95,
    note: text(
      'Turunan: TPT Agustus 2021 (8,50) + penurunan 2,45 poin persentase yang diberitakan; bukan angka yang dibaca langsung',
      'Derived: August 2021 TPT (8.50) + the reported fall of 2.45 percentage points; not a figure read directly',
    ),
  },
  {
    region: '75',
    indicator: 'tpt',
    period: '2024-08',
    value: 3.13,
    note: text(
      'Turunan: TPT Agustus 2025 (3,42) − kenaikan 0,29 poin persentase yang diberitakan; bukan angka yang dibaca langsung',
      'Derived: August 2025 TPT (3.42) − the reported rise of 0.29 percentage points; not a figure read directly',
    ),
  },
  {
    region: '3201',
    indicator: 'poverty',
    period: '2021',
    value: 8.13,
    note: text(
      'Angka dibaca di media (Radar Bogor, e-paper), tetapi alamatnya tidak tercatat',
      'Figure read in the press (Radar Bogor, e-paper), but its address was not recorded',
    ),
  },
  {
    region: '3201',
    indicator: 'poverty',
    period: '2022',
    value: 7.73,
    note: text(
      'Angka dibaca di media (harianaceh), tetapi alamatnya tidak tercatat',
      'Figure read in the press (harianaceh), but its address was not recorded',
    ),
  },
  {
    region: '7571',
    indicator: 'inflation',
    period: '2019-01',
    value: 1.65,
    note: text(
      'Angka dibaca di BRS BPS Provinsi Gorontalo 12 Februari 2019, tetapi alamatnya tidak tercatat',
      'Figure read in the BPS Gorontalo Province release of 12 February 2019, but its address was not recorded',
    ),
  },
]

function hintsFor(region: string, indicator: IndicatorId) {
  return READ_NOT_RECORDED.filter((h) => h.region === region && h.indicator === indicator)
}

/**
 * Official numeric observations of a series that synthetic figures may be anchored on. Rows
 * flagged CONFLICT/CAUTION stay in the data (with their note) but anchor nothing: Kab. Bogor's
 * "SSGI 2024 = 7.49 %" is a disputed claim, and interpolating 2023 towards it would spread the doubt.
 */
function officialAnchors(
  series: Map<string, Observation> | undefined,
): Array<{ period: string; value: number }> {
  const out: Array<{ period: string; value: number }> = []
  for (const obs of series?.values() ?? []) {
    if (obs.provenance !== 'official' || obs.value === null) continue
    if (obs.citation?.caveat === 'conflict' || obs.citation?.caveat === 'caution') continue
    out.push({ period: obs.period, value: obs.value })
  }
  return out
}

/** The yearly slot key of an indicator at a region: TPT is August, province poverty is March. */
function yearlyKey(
  indicator: 'tpt' | 'stunting' | 'poverty',
  region: Region,
  year: number,
): string {
  if (indicator === 'tpt') return `${year}-08`
  if (indicator === 'poverty' && (region.level === 'province' || region.level === 'national')) {
    return `${year}-03`
  }
  return String(year)
}

/** The year of a period key when it is this region's yearly slot for the indicator, else null. */
function slotYear(
  indicator: 'tpt' | 'stunting' | 'poverty',
  region: Region,
  key: string,
): number | null {
  const period = parsePeriod(key)
  if (!period) return null
  return yearlyKey(indicator, region, period.year) === key ? period.year : null
}

// ---------------------------------------------------------------------------------------------
// (a) Interior gaps of yearly indicators
// ---------------------------------------------------------------------------------------------

const YEARLY_INDICATORS = ['tpt', 'stunting', 'poverty'] as const
type YearlyIndicator = (typeof YEARLY_INDICATORS)[number]

/** Stunting surveys exist for 2021–2024 only; never invent a survey year outside that. */
const STUNTING_YEARS = { min: 2021, max: 2024 }

/**
 * Fills years strictly between a region's first and last official yearly value: linear
 * interpolation between the neighbouring anchors ± up to 3 % seeded relative noise. No
 * extrapolation. A read-but-not-recorded figure, when there is one, replaces the interpolation and
 * also serves as an anchor.
 */
function fillInteriorGaps(store: WorkingStore, region: Region, indicator: YearlyIndicator): void {
  const series = store.get(seriesKey(region.code, indicator))
  const anchors = new Map<number, number>()
  for (const { period, value } of officialAnchors(series)) {
    const year = slotYear(indicator, region, period)
    if (year === null) continue
    if (indicator === 'stunting' && (year < STUNTING_YEARS.min || year > STUNTING_YEARS.max))
      continue
    anchors.set(year, value)
  }
  if (anchors.size < 2) return
  const first = Math.min(...anchors.keys())
  const last = Math.max(...anchors.keys())

  for (const hint of hintsFor(region.code, indicator)) {
    const year = slotYear(indicator, region, hint.period)
    if (year === null || year <= first || year >= last || anchors.has(year)) continue
    anchors.set(year, hint.value)
    put(store, region.code, indicator, synthetic(hint.period, hint.value, hint.note))
  }

  const years = [...anchors.keys()].sort((a, b) => a - b)
  for (let i = 0; i + 1 < years.length; i++) {
    const y0 = years[i] as number
    const y1 = years[i + 1] as number
    const v0 = anchors.get(y0) as number
    const v1 = anchors.get(y1) as number
    for (let year = y0 + 1; year < y1; year++) {
      const key = yearlyKey(indicator, region, year)
      const base = lerp(v0, v1, (year - y0) / (y1 - y0))
      const noise = seededUniform(-0.03, 0.03, region.code, indicator, key)
      const value = published(indicator, Math.max(0, base * (1 + noise)))
      put(store, region.code, indicator, synthetic(key, value, NOTE_INTERPOLATED))
    }
  }
}

// ---------------------------------------------------------------------------------------------
// (b) Monthly inflation
// ---------------------------------------------------------------------------------------------

const INFLATION_FILL_START = periodEndMonth({ kind: 'month', year: 2018, month: 1 })
const INFLATION_MIN = -1
const INFLATION_MAX = 9
/** Anchors further apart than this borrow the national path in between (see fillInflation). */
const LONG_GAP_MONTHS = 12
/** Noise knots every few months, interpolated with a cosine: smooth, not month-to-month jitter. */
const NOISE_KNOT_MONTHS = 4
const NOISE_AMPLITUDE = 0.3

function monthKey(index: number): string {
  return periodKey(monthPeriodFromIndex(index))
}

function monthIndexOf(key: string): number | null {
  const period = parsePeriod(key)
  return period?.kind === 'month' ? periodEndMonth(period) : null
}

/** Smooth seeded noise in [-0.3, 0.3] for a region's inflation at a month. */
function smoothNoise(regionCode: string, month: number): number {
  const k = Math.floor(month / NOISE_KNOT_MONTHS)
  const t = (month - k * NOISE_KNOT_MONTHS) / NOISE_KNOT_MONTHS
  const knot = (i: number) =>
    seededUniform(
      -NOISE_AMPLITUDE,
      NOISE_AMPLITUDE,
      regionCode,
      'inflation',
      'knot',
      monthKey(i * NOISE_KNOT_MONTHS),
    )
  const w = (1 - Math.cos(Math.PI * t)) / 2
  return lerp(knot(k), knot(k + 1), w)
}

/** Piecewise-linear value at `month` through sorted anchors (month must lie within them). */
function piecewise(
  anchors: ReadonlyArray<{ month: number; value: number }>,
  month: number,
): number {
  for (let i = 0; i + 1 < anchors.length; i++) {
    const a = anchors[i] as { month: number; value: number }
    const b = anchors[i + 1] as { month: number; value: number }
    if (month >= a.month && month <= b.month) {
      return b.month === a.month
        ? a.value
        : lerp(a.value, b.value, (month - a.month) / (b.month - a.month))
    }
  }
  return anchors[anchors.length - 1]?.value ?? 0
}

/**
 * Fills every month from max(first official month, 2018-01) to the last official month:
 * piecewise-linear between official anchors + smooth seeded noise (±0.3 pt, fading to 0 next to an
 * official figure), clamped to [-1, 9]. Inflation may be negative: deflation is real (Gorontalo,
 * Dec 2024).
 *
 * Where two anchors are more than a year apart (Kota Bogor: Jan 2016 → Sep 2022), a straight line
 * would miss the 2020–2021 low entirely, so the national official figures inside the gap, shifted by
 * a seeded regional offset, serve as extra anchors. Those are interpolation knots only, not
 * observations.
 */
function fillInflation(
  store: WorkingStore,
  region: Region,
  national: ReadonlyArray<{ month: number; value: number }>,
): void {
  const official: Array<{ month: number; value: number }> = []
  for (const { period, value } of officialAnchors(store.get(seriesKey(region.code, 'inflation')))) {
    const month = monthIndexOf(period)
    if (month !== null) official.push({ month, value })
  }
  if (official.length === 0) return
  official.sort((a, b) => a.month - b.month)
  const firstOfficial = (official[0] as { month: number }).month
  const lastOfficial = (official[official.length - 1] as { month: number }).month
  const start = Math.max(firstOfficial, INFLATION_FILL_START)

  const fixed = new Map(official.map((o) => [o.month, o.value]))
  const hintNotes = new Map<number, LocalizedText>()
  for (const hint of hintsFor(region.code, 'inflation')) {
    const month = monthIndexOf(hint.period)
    if (month === null || month < start || month > lastOfficial || fixed.has(month)) continue
    fixed.set(month, hint.value)
    hintNotes.set(month, hint.note)
  }
  const fixedSorted = [...fixed.entries()]
    .map(([month, value]) => ({ month, value }))
    .sort((a, b) => a.month - b.month)

  const anchors = [...fixedSorted]
  const guided = new Set<number>()
  if (region.code !== NATION_CODE) {
    const offset = seededUniform(-0.4, 0.4, region.code, 'inflation', 'offset')
    for (let i = 0; i + 1 < fixedSorted.length; i++) {
      const a = fixedSorted[i] as { month: number }
      const b = fixedSorted[i + 1] as { month: number }
      if (b.month - a.month <= LONG_GAP_MONTHS) continue
      for (const n of national) {
        if (n.month > a.month && n.month < b.month) {
          anchors.push({ month: n.month, value: n.value + offset })
          for (let m = a.month + 1; m < b.month; m++) guided.add(m)
        }
      }
    }
    anchors.sort((a, b) => a.month - b.month)
  }

  const fixedMonths = fixedSorted.map((o) => o.month)
  for (let month = start; month <= lastOfficial; month++) {
    const hintNote = hintNotes.get(month)
    if (hintNote !== undefined) {
      put(
        store,
        region.code,
        'inflation',
        synthetic(monthKey(month), fixed.get(month) as number, hintNote),
      )
      continue
    }
    if (fixed.has(month)) continue
    const distance = Math.min(...fixedMonths.map((m) => Math.abs(m - month)))
    const taper = Math.min(1, distance / 3)
    const value = piecewise(anchors, month) + smoothNoise(region.code, month) * taper
    put(
      store,
      region.code,
      'inflation',
      synthetic(
        monthKey(month),
        published('inflation', clamp(value, INFLATION_MIN, INFLATION_MAX)),
        guided.has(month) ? NOTE_INFLATION_GUIDED : NOTE_INFLATION,
      ),
    )
  }
}

// ---------------------------------------------------------------------------------------------
// (d) DKI's kota administrasi and Kepulauan Seribu
// ---------------------------------------------------------------------------------------------

const DKI_CODE = '31'
const KEPULAUAN_SERIBU = '3101'

/** The kota/kab key for a province key: kab/kota poverty comes from the March Susenas only. */
function unitKeyForProvinceKey(indicator: YearlyIndicator, key: string): string | null {
  const period = parsePeriod(key)
  if (!period) return null
  if (indicator === 'tpt') return period.kind === 'month' && period.month === 8 ? key : null
  if (indicator === 'poverty')
    return period.kind === 'month' && period.month === 3 ? String(period.year) : null
  return period.kind === 'year' ? key : null
}

/**
 * Every slot where the province has a value and the unit has none (neither official nor
 * interpolated by rule (a), which uses the unit's own figures and so is preferred): province ×
 * factor × ±3 % jitter. The factor is the unit's mean official ratio to the province when it has
 * official figures for the indicator, so the synthetic years join its real ones (Jakarta Utara's
 * poverty is 1.5 × DKI's, Kepulauan Seribu's 3 ×); otherwise a seeded factor in [0.8, 1.25]
 * ([1.6, 2.4] for Kepulauan Seribu's poverty).
 */
function fillDkiUnits(store: WorkingStore, units: ReadonlyArray<Region>): void {
  for (const indicator of YEARLY_INDICATORS) {
    const province = store.get(seriesKey(DKI_CODE, indicator))
    if (!province) continue
    const provinceByUnitKey = new Map<string, number>()
    for (const obs of province.values()) {
      const unitKey = unitKeyForProvinceKey(indicator, obs.period)
      if (unitKey !== null && obs.value !== null) provinceByUnitKey.set(unitKey, obs.value)
    }

    for (const unit of units) {
      const own = store.get(seriesKey(unit.code, indicator))
      const ratios = officialAnchors(own)
        .map(({ period, value }) => {
          const base = provinceByUnitKey.get(period)
          return base ? value / base : null
        })
        .filter((r): r is number => r !== null)
      const [min, max] =
        indicator === 'poverty' && unit.code === KEPULAUAN_SERIBU ? [1.6, 2.4] : [0.8, 1.25]
      const factor =
        ratios.length > 0
          ? ratios.reduce((sum, r) => sum + r, 0) / ratios.length
          : seededUniform(min, max, unit.code, indicator, 'factor')

      for (const [key, base] of provinceByUnitKey) {
        if (own?.has(key)) continue
        const jitter = seededUniform(-0.03, 0.03, unit.code, indicator, key)
        const value = published(indicator, Math.max(0, base * factor * (1 + jitter)))
        put(store, unit.code, indicator, synthetic(key, value, NOTE_FROM_PROVINCE))
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// (c) Kecamatan
// ---------------------------------------------------------------------------------------------

const KECAMATAN_FACTOR = { min: 0.75, max: 1.3 }

/**
 * Seeded factors for the kecamatan of one kab/kota, rescaled so they average 1 (the city figure
 * then sits among its kecamatan), then kept within [0.75, 1.3].
 */
function kecamatanFactors(siblings: ReadonlyArray<Region>, indicator: string): Map<string, number> {
  const raw = siblings.map((r) =>
    seededUniform(KECAMATAN_FACTOR.min, KECAMATAN_FACTOR.max, r.code, indicator, 'factor'),
  )
  const mean = raw.reduce((sum, f) => sum + f, 0) / (raw.length || 1)
  return new Map(
    siblings.map((r, i) => [
      r.code,
      clamp((raw[i] as number) / mean, KECAMATAN_FACTOR.min, KECAMATAN_FACTOR.max),
    ]),
  )
}

function fillKecamatan(
  store: WorkingStore,
  districtsByParent: ReadonlyMap<string, ReadonlyArray<Region>>,
): void {
  for (const [parentCode, districts] of districtsByParent) {
    for (const indicator of YEARLY_INDICATORS) {
      const parent = store.get(seriesKey(parentCode, indicator))
      if (!parent) continue
      const factors = kecamatanFactors(districts, indicator)
      for (const district of districts) {
        const factor = factors.get(district.code) ?? 1
        for (const obs of parent.values()) {
          if (obs.value === null) continue
          const jitter = seededUniform(-0.04, 0.04, district.code, indicator, obs.period)
          const value = published(indicator, Math.max(0, obs.value * factor * (1 + jitter)))
          put(store, district.code, indicator, synthetic(obs.period, value, NOTE_FROM_CITY))
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------

function groupBy<T>(items: ReadonlyArray<T>, keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    if (key === null) continue
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}

/**
 * Builds the whole observation store from the CSV rows. Pure: the same inputs give an equal store.
 * Official rows must refer to regions in `regions` (buildRegions guarantees it).
 */
export function buildObservations(
  regions: ReadonlyArray<Region>,
  rows: ReadonlyArray<IndicatorRow> = indicatorRows(),
): Map<string, Observation[]> {
  const store: WorkingStore = new Map()
  addOfficial(store, rows)

  const regionCodes = new Set(regions.map((r) => r.code))
  for (const key of store.keys()) {
    const code = key.split('|')[0] ?? ''
    if (!regionCodes.has(code)) throw new Error(`indicators.csv: unknown region ${code}`)
  }

  // (a) Interior gaps, for every region with official data (kecamatan have none).
  for (const region of regions) {
    for (const indicator of YEARLY_INDICATORS) fillInteriorGaps(store, region, indicator)
  }

  // (b) Inflation; the national path (official only) guides long regional gaps.
  const national: Array<{ month: number; value: number }> = []
  for (const { period, value } of officialAnchors(store.get(seriesKey(NATION_CODE, 'inflation')))) {
    const month = monthIndexOf(period)
    if (month !== null) national.push({ month, value })
  }
  national.sort((a, b) => a.month - b.month)
  for (const region of regions) fillInflation(store, region, national)

  // (d) DKI units, then (c) kecamatan, which may hang below them.
  fillDkiUnits(
    store,
    regions.filter(
      (r) => r.parentCode === DKI_CODE && (r.level === 'admin_city' || r.level === 'admin_regency'),
    ),
  )
  fillKecamatan(
    store,
    groupBy(
      regions.filter((r) => r.level === 'district'),
      (r) => r.parentCode,
    ),
  )

  const result = new Map<string, Observation[]>()
  for (const [key, series] of store) result.set(key, sortByPeriod([...series.values()]))
  return result
}
