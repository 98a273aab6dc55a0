/**
 * Official figures in the format of shared/data/indicators.csv, read into observations: the one
 * reader behind the demo dataset (data/synthetic/observations.ts) and the server's importer
 * (`npm run data:import`), so a figure reads the same wherever it is loaded.
 *
 * Each row gives two facts that are both true and both shown
 * (docs/decisions/0027-source-and-citation.md): the **source**, who published the figure ("BPS",
 * "Sakernas Agustus 2023"), and the **citation**, where it was read — most often a news article
 * quoting the publisher.
 */
import type { IndicatorRow } from './csv'
import type { Citation, Observation, Source } from '@/api/series'
import { parsePeriod, periodKey, type Period } from '@/domain/periods'

/** The catalogue's indicators and the indicators.csv names that feed them. */
const CSV_INDICATORS = {
  tpt: 'tpt',
  stunting_prevalence: 'stunting',
  inflation_yoy: 'inflation',
  poverty_rate_p0: 'poverty',
  sakip_score: 'sakip',
  sakip_predicate: 'sakip',
  bpk_opinion_lkpd: 'audit-opinion',
} as const
export type CsvIndicator = keyof typeof CSV_INDICATORS
type OfficialIndicator = (typeof CSV_INDICATORS)[CsvIndicator]

export function isCsvIndicator(name: string): name is CsvIndicator {
  return Object.hasOwn(CSV_INDICATORS, name)
}

export const AUDIT_GRADES = ['TMP', 'TW', 'WDP', 'WTP'] as const
export const SAKIP_GRADES = ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'] as const

const MONTH_NAMES_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const

const STUNTING_SURVEYS: Readonly<Record<number, { publication: string; released: string }>> = {
  // Publication dates of the survey reports (SSGI 2022 and SKI 2023 came out the year after).
  2021: { publication: 'SSGI 2021', released: '2021-12-27' },
  2022: { publication: 'SSGI 2022', released: '2023-01-25' },
  2023: { publication: 'SKI 2023', released: '2024-05-13' },
  2024: { publication: 'SSGI 2024', released: '2025-05-26' },
}

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

/**
 * Publisher, publication and the usual release day of an official figure, or a reason it cannot
 * be one (a period the indicator is not published for).
 *
 * Release dates follow the *typical* BPS / Kemenkes / BPK calendars; they were not read from a
 * source for each figure:
 * - Sakernas August Y → Y-11-06 (BRS early November); February Y → Y-05-06.
 * - CPI month M → the 1st of M+1 (BPS releases on the first working day).
 * - Poverty: kab/kota year Y → (Y+1)-01-15; province/national March Y → Y-07-15, September Y →
 *   (Y+1)-01-15.
 * - Stunting: the date the survey report was published (table above).
 * - BPK opinion on TA Y → (Y+1)-05-31 (LHP handed over in May/June).
 * - SAKIP: no fixed calendar, so null.
 */
function officialMeta(
  indicator: OfficialIndicator,
  period: Period,
): { source: Source; releaseDate: string | null } | { error: string } {
  const y = period.year
  switch (indicator) {
    case 'tpt': {
      if (period.kind !== 'month' || (period.month !== 2 && period.month !== 8)) break
      const month = MONTH_NAMES_ID[period.month - 1] ?? ''
      return {
        source: { publisher: 'BPS', publication: `Sakernas ${month} ${y}` },
        releaseDate: period.month === 8 ? `${y}-11-06` : `${y}-05-06`,
      }
    }
    case 'inflation': {
      if (period.kind !== 'month') break
      const [year, month] = period.month === 12 ? [y + 1, 1] : [y, period.month + 1]
      const monthName = MONTH_NAMES_ID[period.month - 1] ?? ''
      return {
        source: { publisher: 'BPS', publication: `Indeks Harga Konsumen ${monthName} ${y}` },
        releaseDate: `${year}-${pad2(month)}-01`,
      }
    }
    case 'poverty':
      if (period.kind === 'year')
        return {
          source: { publisher: 'BPS', publication: `Susenas Maret ${y}` },
          releaseDate: `${y + 1}-01-15`,
        }
      if (period.kind === 'month' && period.month === 3) {
        return {
          source: { publisher: 'BPS', publication: `Susenas Maret ${y}` },
          releaseDate: `${y}-07-15`,
        }
      }
      if (period.kind === 'month' && period.month === 9) {
        return {
          source: { publisher: 'BPS', publication: `Susenas September ${y}` },
          releaseDate: `${y + 1}-01-15`,
        }
      }
      break
    case 'stunting': {
      if (period.kind !== 'year') break
      const survey = STUNTING_SURVEYS[y]
      return survey
        ? {
            source: { publisher: 'Kemenkes', publication: survey.publication },
            releaseDate: survey.released,
          }
        : { source: { publisher: 'Kemenkes', publication: `SSGI/SKI ${y}` }, releaseDate: null }
    }
    case 'sakip':
      if (period.kind === 'year')
        return {
          source: { publisher: 'KemenPAN-RB', publication: `Evaluasi SAKIP ${y}` },
          releaseDate: null,
        }
      break
    case 'audit-opinion':
      if (period.kind === 'year') {
        return {
          source: { publisher: 'BPK RI', publication: `LHP atas LKPD TA ${y}` },
          releaseDate: `${y + 1}-05-31`,
        }
      }
      break
  }
  return { error: `period ${periodKey(period)} is not published for ${indicator}` }
}

// ---------------------------------------------------------------------------------------------
// Citations
// ---------------------------------------------------------------------------------------------

/** Outlets by host (the host or a parent domain): the name a reader knows them by. */
const OUTLETS: ReadonlyArray<readonly [string, string, Citation['kind']]> = [
  ['antaranews.com', 'ANTARA', 'news'],
  ['kompas.com', 'Kompas', 'news'],
  ['tempo.co', 'Tempo', 'news'],
  ['databoks.katadata.co.id', 'Databoks (Katadata)', 'news'],
  ['katadata.co.id', 'Katadata', 'news'],
  ['bisnis.com', 'Bisnis.com', 'news'],
  ['idntimes.com', 'IDN Times', 'news'],
  ['okezone.com', 'Okezone', 'news'],
  ['suara.com', 'Suara.com', 'news'],
  ['tribunnews.com', 'Tribun', 'news'],
  ['detik.com', 'detikcom', 'news'],
  ['cnnindonesia.com', 'CNN Indonesia', 'news'],
  ['republika.co.id', 'Republika', 'news'],
  ['jpnn.com', 'JPNN', 'news'],
  ['radarbogor.id', 'Radar Bogor', 'news'],
  ['radardepok.com', 'Radar Depok', 'news'],
  ['ayobogor.com', 'Ayo Bogor', 'news'],
  ['beritajakarta.id', 'Berita Jakarta', 'government'],
  ['poskota.co.id', 'Poskota', 'news'],
  ['voi.id', 'VOI', 'news'],
  ['infopublik.id', 'InfoPublik', 'government'],
  ['bps.go.id', 'BPS', 'publisher'],
  ['kemkes.go.id', 'Kemenkes', 'publisher'],
  ['kemenkes.go.id', 'Kemenkes', 'publisher'],
  ['bpk.go.id', 'BPK RI', 'publisher'],
  ['menpan.go.id', 'KemenPAN-RB', 'publisher'],
]

/** BPS sites of a region: `gorontalo.bps.go.id` is BPS Provinsi Gorontalo. */
const BPS_REGIONAL = /^(?:www\.)?([a-z-]+)\.bps\.go\.id$/

function outletOf(host: string): { outlet: string; kind: Citation['kind'] } {
  const bare = host.replace(/^(?:www|m|amp)\./, '')
  const bps = BPS_REGIONAL.exec(bare)
  if (bps?.[1] && bps[1] !== 'searchengine.web' && bps[1] !== 'web') {
    const name = bps[1]
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ')
    return { outlet: `BPS ${name}`, kind: 'publisher' }
  }
  for (const [domain, outlet, kind] of OUTLETS) {
    if (bare === domain || bare.endsWith(`.${domain}`)) return { outlet, kind }
  }
  if (/\.go\.id$/.test(bare)) return { outlet: bare, kind: 'government' }
  if (/\.ac\.id$/.test(bare)) return { outlet: bare, kind: 'other' }
  return { outlet: bare, kind: 'news' }
}

/**
 * Most `source_url` cells hold one URL. Some hold several (`url | url | url`) or a bare domain
 * followed by the article title (`https://databoks.katadata.co.id/ (article: "…")`). The citation
 * links the first URL; the rest stays in the note.
 */
function splitSourceUrl(raw: string): { url: string | null; extra: string | null } {
  const text = raw.trim()
  if (!text) return { url: null, extra: null }
  const match = /^(https?:\/\/[^\s|]+)\s*(.*)$/s.exec(text)
  if (!match?.[1]) return { url: null, extra: text }
  const rest = (match[2] ?? '').trim()
  if (!rest) return { url: match[1], extra: null }
  if (rest.startsWith('|')) {
    const others = rest
      .split('|')
      .map((part) => part.trim())
      .filter(Boolean)
    return { url: match[1], extra: `also ${others.join(', ')}` }
  }
  const unwrapped = rest.startsWith('(') && rest.endsWith(')') ? rest.slice(1, -1).trim() : rest
  return { url: match[1], extra: unwrapped }
}

/** An article's title from its address, where the address spells it out in words. */
function titleFromPath(url: URL): string | null {
  const segments = url.pathname.split('/').filter(Boolean)
  const slug = [...segments].reverse().find((s) => /[a-z]+-[a-z]+-[a-z]+/i.test(s))
  if (!slug) return null
  const words = slug
    .replace(/\.(html?|php)$/i, '')
    .split('-')
    .filter((w) => !/^\d+$/.test(w))
  if (words.length < 3) return null
  const text = words.join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A title the note quotes (`article: "…"`, `"…" article`). */
function titleFromNote(note: string): string | null {
  const quoted = /"([^"]{12,})"/.exec(note.replace(/""/g, '"'))
  return quoted?.[1] ?? null
}

const CAVEATS: ReadonlyArray<readonly [RegExp, NonNullable<Citation['caveat']>]> = [
  [/\bCONFLICT\b/, 'conflict'],
  [/\bCAUTION\b/, 'caution'],
  [/\binferred\b/i, 'inferred'],
]

/** Where a figure was read, from the row's `source_url` and `source_note`. */
function citationOf(row: Pick<IndicatorRow, 'source_url' | 'source_note'>): Citation | null {
  const { url, extra } = splitSourceUrl(row.source_url)
  const note = [row.source_note.trim(), extra].filter(Boolean).join('; ') || null
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  const { outlet, kind } = outletOf(parsed.hostname.toLowerCase())
  const partialUrl =
    /URL partial/i.test(row.source_note) || (parsed.pathname === '/' && !parsed.search)
  return {
    outlet,
    kind,
    url,
    partialUrl,
    title: (note ? titleFromNote(note) : null) ?? (partialUrl ? null : titleFromPath(parsed)),
    caveat: CAVEATS.find(([pattern]) => pattern.test(row.source_note))?.[1] ?? null,
    note,
  }
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

/** A row that became an observation, or why it cannot be one. */
export type RowReading =
  | { ok: true; indicator: OfficialIndicator; observation: Observation }
  | { ok: false; problem: string }

/**
 * One indicators.csv row as an observation of a catalogue indicator. SAKIP arrives as two rows
 * (score and predicate); each reads on its own here (the other field null) and the caller merges
 * them ({@link mergeSakip}).
 */
export function readOfficialRow(row: IndicatorRow): RowReading {
  if (!isCsvIndicator(row.indicator)) {
    return { ok: false, problem: `unknown indicator "${row.indicator}"` }
  }
  const indicator = CSV_INDICATORS[row.indicator]
  const period = parsePeriod(row.period)
  if (!period) return { ok: false, problem: `malformed period "${row.period}"` }
  const meta = officialMeta(indicator, period)
  if ('error' in meta) return { ok: false, problem: meta.error }
  let value: number | null = null
  let grade: string | null = null
  if (row.indicator === 'bpk_opinion_lkpd' || row.indicator === 'sakip_predicate') {
    const scale: ReadonlyArray<string> =
      row.indicator === 'bpk_opinion_lkpd' ? AUDIT_GRADES : SAKIP_GRADES
    if (!scale.includes(row.value)) {
      return { ok: false, problem: `"${row.value}" is not one of ${scale.join(', ')}` }
    }
    grade = row.value
  } else {
    const number = Number(row.value)
    if (row.value.trim() === '' || !Number.isFinite(number)) {
      return { ok: false, problem: `value "${row.value}" is not a number` }
    }
    if (row.indicator !== 'inflation_yoy' && number < 0) {
      return { ok: false, problem: `value ${row.value} is negative` }
    }
    if ((row.indicator === 'sakip_score' || row.unit.includes('%')) && number > 100) {
      return { ok: false, problem: `value ${row.value} is over 100` }
    }
    value = number
  }
  return {
    ok: true,
    indicator,
    observation: {
      period: periodKey(period),
      value,
      grade,
      provenance: 'official',
      source: meta.source,
      citation: citationOf(row),
      method: null,
      releaseDate: meta.releaseDate,
      provisional: false,
    },
  }
}

/** SAKIP's score and predicate rows of one region and year as one observation. */
export function mergeSakip(score: Observation | undefined, predicate: Observation | undefined) {
  const primary = score ?? predicate
  if (!primary) return undefined
  return {
    ...primary,
    value: score?.value ?? null,
    grade: predicate?.grade ?? null,
    citation: score?.citation ?? predicate?.citation ?? null,
  }
}
