/**
 * What each briefing slide says, built from the shared readings (docs/decisions/0026-one-reading.md):
 * a slide never computes its own latest, target, status, change, age, ranking or roll-up. The slide
 * components only lay these models out on the canvas.
 */
import type { DirectivesResponse } from '@/api/directives'
import type { Indicator } from '@/api/indicators'
import type { Program, ProgramsResponse } from '@/api/programs'
import type { Region, RegionRef } from '@/api/regions'
import type { Observation, Series, Target } from '@/api/series'
import { estimateTextWidth } from '@/components/charts/axis-ticks'
import type { TargetSpan, TrendPoint, TrendSeries } from '@/analysis/trend-data'
import type { GradeCell } from '@/components/charts/grade-timeline'
import type { RankingBar, RankingReference } from '@/components/charts/ranking-chart'
import { dayOf } from '@/domain/dates'
import { openDirectives } from '@/domain/directives'
import { parsePeriod } from '@/domain/periods'
import { lineageOf, placeName, placeShortName, roleOf } from '@/domain/places'
import { DEFAULT_PRESET, resolveViewRange } from '@/domain/ranges'
import { readAt, readIndicator, type AnyReading } from '@/domain/reading'
import { programRollup, type RollUp } from '@/domain/rollup'
import type { Status } from '@/domain/status'
import type { I18n } from '@/i18n/i18n'
import { formatObservation, rollupSentence } from '@/i18n/format-indicator'
import { headline } from './headline'
import { commonPeriod, periodsHeld, rankAtPeriod, type Ranking } from '@/analysis/ranking'
import { rankingReferences, rankingTable } from '@/components/tables/ranking-table'
import {
  shownObservations,
  targetSpans,
  trendPoints,
  trendSeries,
  type ShownObservation,
  type TrendLine,
} from '@/analysis/series-view'

/** A slide's trend shows the default window ("last 5 years", one definition: domain/ranges.ts). */
const SLIDE_RANGE = DEFAULT_PRESET
/** Bars a breakdown slide draws: the best and the worst halves when there are more places. */
const MAX_BARS = 8
/** Years a grade slide shows. */
const MAX_GRADE_CELLS = 6

export type SlideData = {
  indicators: ReadonlyArray<Indicator>
  region: Region
  /** The region and its ancestors, every indicator. */
  series: ReadonlyArray<Series>
  /** The region's children (kecamatan, kota administrasi). */
  childRegions: ReadonlyArray<RegionRef>
  childSeries: ReadonlyArray<Series>
  /** The view's "as of" (null for the latest) and the dataset's day. */
  asOf: string | null
  today: string
}

function seriesOf(data: SlideData, code: string, indicatorId: string) {
  return data.series.find((s) => s.regionCode === code && s.indicatorId === indicatorId)
}

/** Does anything the slide draws or says come from synthetic data? */
function anySynthetic(
  judged: ReadonlyArray<{ observation: Observation | null; target?: Target | null }>,
): boolean {
  return judged.some(
    (j) => j.observation?.provenance === 'synthetic' || j.target?.provenance === 'synthetic',
  )
}

export type TrendModel = {
  points: TrendPoint[]
  series: TrendSeries[]
  targets: TargetSpan[]
  /** Survey changes (SSGI → SKI) inside the drawn stretch, at their point's time. */
  breaks: Array<{ t: number; label: string }>
}

function trendModel(
  i18n: I18n,
  indicator: Indicator,
  lines: ReadonlyArray<TrendLine>,
  targetsOf?: Series,
): TrendModel {
  const points = trendPoints(i18n, lines)
  return {
    points,
    series: trendSeries(lines, true),
    targets: targetsOf ? targetSpans(targetsOf, points) : [],
    breaks: indicator.seriesBreaks.flatMap((b) => {
      const point = points.find((p) => p.key === b.period)
      return point ? [{ t: point.t, label: b.label[i18n.locale] }] : []
    }),
  }
}

function slideRange(data: SlideData, indicator: Indicator, own: Series | undefined) {
  return resolveViewRange(
    { from: null, to: null, range: SLIDE_RANGE, asOf: data.asOf },
    indicator.frequency,
    (own?.observations ?? []).map((o) => o.period),
    Number(data.today.slice(0, 4)),
  )
}

const GRADE_TONES: Record<Status, GradeCell['tone']> = {
  achieved: 'good',
  near: 'near',
  off: 'bad',
  'no-target': 'neutral',
  'no-data': 'neutral',
}

export type IndicatorSlideModel = {
  kind: 'indicator'
  indicator: Indicator
  reading: AnyReading
  headline: string
  trend: TrendModel
  shown: ShownObservation[]
  /** Graded indicators (SAKIP, audit opinion): the latest years as lettered cells. */
  grades: GradeCell[] | null
  synthetic: boolean
}

/** A place's reading on the slides: as of the deck's period, on the dataset's day. */
function readingOf(
  data: SlideData,
  indicator: Indicator,
  regionCode: string,
  series: Series | undefined,
): AnyReading {
  return readIndicator(indicator, series, regionCode, { asOf: data.asOf, today: data.today })
}

/** The region's reading, its headline and its trend of the last five years against the target. */
export function indicatorSlide(
  i18n: I18n,
  data: SlideData,
  indicator: Indicator,
): IndicatorSlideModel {
  const own = seriesOf(data, data.region.code, indicator.id)
  const reading = readingOf(data, indicator, data.region.code, own)
  const shown = shownObservations(indicator, own, slideRange(data, indicator, own), null)
  const trend = trendModel(i18n, indicator, [{ region: data.region, role: 'region', shown }], own)
  const grades =
    indicator.valueType === 'grade'
      ? shown.slice(-MAX_GRADE_CELLS).map(({ observation: o, status }): GradeCell => ({
          key: o.period,
          label: i18n.period(o.period),
          grade: o.grade ?? '–',
          detail: o.value !== null ? i18n.number(o.value, indicator.decimals) : undefined,
          tone: GRADE_TONES[status],
          synthetic: o.provenance === 'synthetic',
        }))
      : null
  return {
    kind: 'indicator',
    indicator,
    reading,
    headline: headline(i18n, reading, own?.observations ?? []),
    trend,
    shown,
    grades,
    synthetic: anySynthetic(shown) || anySynthetic([reading]),
  }
}

/**
 * The same round as `reference`: a yearly survey published by month (TPT's August round) is
 * compared August with August, never with a province's February round; other kinds of period
 * only with their own kind (a year with a year).
 */
export function sameRound(indicator: Indicator, period: string, reference: string): boolean {
  const a = parsePeriod(period)
  const b = parsePeriod(reference)
  if (!a || !b || a.kind !== b.kind) return false
  if (indicator.frequency === 'year' && a.kind === 'month' && b.kind === 'month') {
    return a.month === b.month
  }
  return true
}

export type ParentsSlideModel = {
  kind: 'parents'
  indicator: Indicator
  reading: AnyReading
  /** Each place's reading at the region's period (like for like), region first. */
  places: Array<{ region: RegionRef; reading: AnyReading }>
  headline: string
  /** The lines share one time axis and keep only the region's round; the region's target steps. */
  trend: TrendModel
  synthetic: boolean
}

type Relation = 'above' | 'below' | 'equal' | 'better' | 'worse'

function relationOf(indicator: Indicator, own: Observation, other: Observation): Relation {
  if (indicator.valueType === 'grade') {
    const scale = indicator.gradeScale ?? []
    const a = scale.indexOf(own.grade ?? '')
    const b = scale.indexOf(other.grade ?? '')
    return a === b ? 'equal' : a > b ? 'better' : 'worse'
  }
  const a = own.value ?? 0
  const b = other.value ?? 0
  return a === b ? 'equal' : a > b ? 'above' : 'below'
}

/**
 * The region against its province and the nation: its own headline compares the three at the
 * region's latest period ("TPT Kota Bogor 9,39 % (Agustus 2023): di atas Prov. Jawa Barat (7,44 %)
 * dan Indonesia (5,32 %)"), and the lines share one time axis, one round, with the region's target.
 */
export function parentsSlide(i18n: I18n, data: SlideData, indicator: Indicator): ParentsSlideModel {
  const own = seriesOf(data, data.region.code, indicator.id)
  const reading = readingOf(data, indicator, data.region.code, own)
  const lineage = lineageOf(data.region).slice(0, 4)
  const period = reading.observation?.period ?? null
  const places = lineage.map((place) => ({
    region: place,
    reading: period
      ? readAt(indicator, seriesOf(data, place.code, indicator.id), place.code, period, data.today)
      : readingOf(data, indicator, place.code, undefined),
  }))
  const range = slideRange(data, indicator, own)
  const lines: TrendLine[] = lineage.map((place) => ({
    region: place,
    role: roleOf(place.code, data.region),
    shown: shownObservations(
      indicator,
      seriesOf(data, place.code, indicator.id),
      range,
      null,
    ).filter((o) => period === null || sameRound(indicator, o.observation.period, period)),
  }))
  const name = indicator.shortName[i18n.locale]
  const ownObservation = reading.observation
  let text: string
  if (!ownObservation || !period) {
    text = i18n.t('headline.noData', { name })
  } else {
    const groups = new Map<Relation, string[]>()
    for (const place of places.slice(1)) {
      const other = place.reading.observation
      if (!other) continue
      const relation = relationOf(indicator, ownObservation, other)
      const said = i18n.t('slide.parents.place', {
        region: placeShortName(place.region),
        value: formatObservation(i18n, indicator, other),
      })
      groups.set(relation, [...(groups.get(relation) ?? []), said])
    }
    const comparisons = [...groups].map(([relation, said]) =>
      i18n.t(`slide.parents.${relation}`, { places: said.join(` ${i18n.t('slide.and')} `) }),
    )
    const missing = places
      .filter((p) => !p.reading.observation)
      .map((p) => placeShortName(p.region))
    text = i18n.t('slide.parents.headline', {
      name,
      region: placeShortName(data.region),
      value: formatObservation(i18n, indicator, ownObservation),
      period: i18n.period(period),
      comparisons: comparisons.length > 0 ? comparisons.join(', ') : i18n.t('slide.parents.alone'),
    })
    if (missing.length > 0) {
      text += `; ${i18n.t('slide.parents.missing', { regions: missing.join(', ') })}`
    }
  }
  return {
    kind: 'parents',
    indicator,
    reading,
    places,
    headline: text,
    trend: trendModel(i18n, indicator, lines, own),
    synthetic:
      anySynthetic(lines.flatMap((l) => l.shown)) || anySynthetic(places.map((p) => p.reading)),
  }
}

export type BreakdownSlideModel = {
  kind: 'breakdown'
  indicator: Indicator
  reading: AnyReading
  ranking: Ranking | null
  /** The region's own reading of the ranked period (a reference line, with its target). */
  own: AnyReading | null
  /** The bars drawn: every place, or the best and worst halves of MAX_BARS when there are more. */
  bars: RankingBar[]
  /** Ranked places not drawn. */
  hiddenBars: number
  references: RankingReference[]
  headline: string
  synthetic: boolean
}

/**
 * The children ranked on one common period; the headline names the highest and the lowest against
 * the region; the region's value and its target are reference lines.
 */
export function breakdownSlide(
  i18n: I18n,
  data: SlideData,
  indicator: Indicator,
): BreakdownSlideModel {
  const ownSeries = seriesOf(data, data.region.code, indicator.id)
  const reading = readingOf(data, indicator, data.region.code, ownSeries)
  const name = indicator.shortName[i18n.locale]
  const held = periodsHeld(indicator, data.childRegions, data.childSeries, data.asOf)
  const period = commonPeriod(held, data.childRegions.length)
  const empty: BreakdownSlideModel = {
    kind: 'breakdown',
    indicator,
    reading,
    ranking: null,
    own: null,
    bars: [],
    hiddenBars: 0,
    references: [],
    headline: i18n.t('breakdown.empty', { region: placeName(data.region) }),
    synthetic: anySynthetic([reading]),
  }
  if (!period || indicator.valueType === 'grade') return empty
  const ranking = rankAtPeriod(indicator, data.childRegions, data.childSeries, period, data.today)
  if (ranking.ranked.length === 0) return empty
  const own = readAt(indicator, ownSeries, data.region.code, period, data.today)
  const byValue = [...ranking.ranked].sort(
    (a, b) => (a.item.reading.observation.value ?? 0) - (b.item.reading.observation.value ?? 0),
  )
  const low = byValue[0]?.item
  const high = byValue.at(-1)?.item
  const regionValue = own.observation
    ? formatObservation(i18n, indicator, own.observation)
    : i18n.t('compare.noValue')
  const headlineText =
    high && low
      ? i18n.t('slide.breakdown.headline', {
          name,
          period: i18n.period(period),
          high: placeShortName(high.region),
          highValue: formatObservation(i18n, indicator, high.reading.observation),
          low: placeShortName(low.region),
          lowValue: formatObservation(i18n, indicator, low.reading.observation),
          region: placeShortName(data.region),
          regionValue,
        })
      : empty.headline
  const all = rankingTable(i18n, indicator, ranking, undefined).bars()
  const half = MAX_BARS / 2
  const bars = all.length > MAX_BARS ? [...all.slice(0, half), ...all.slice(-half)] : all
  const references = rankingReferences(i18n, indicator, data.region, own)
  return {
    kind: 'breakdown',
    indicator,
    reading,
    ranking,
    own,
    bars,
    hiddenBars: all.length - bars.length,
    references,
    headline: headlineText,
    synthetic: anySynthetic(ranking.ranked.map((r) => r.item.reading)) || anySynthetic([own]),
  }
}

// ---------------------------------------------------------------------------------------------
// Title, programs and the directives board
// ---------------------------------------------------------------------------------------------

export type TitleSlideModel = {
  kind: 'title'
  /** The meeting's name: given, or "Briefing Pimpinan Kota Bogor". */
  meeting: string
  /** The meeting's day as said ("1 Desember 2026"). */
  date: string
  region: string
  /** "Data per 1 November 2026" (the dataset's time), when known. */
  dataAsOf: string | null
  /** "Dibekukan 29 November 2026 14.20": when the numbers were frozen. */
  frozen: string
  /** The other slides' titles, in order. */
  agenda: string[]
}

export function titleSlide(
  i18n: I18n,
  input: {
    region: Region
    meeting: string | null
    date: string | null
    dataAsOf: string | null
    takenAt: string
    agenda: ReadonlyArray<string>
  },
): TitleSlideModel {
  const region = placeName(input.region)
  return {
    kind: 'title',
    meeting: input.meeting ?? i18n.t('slide.title.default', { region }),
    date: i18n.date(input.date ?? dayOf(input.takenAt)),
    region,
    dataAsOf: input.dataAsOf
      ? i18n.t('overview.dataAsOf', { date: i18n.date(input.dataAsOf) })
      : null,
    frozen: i18n.t('slide.frozen', { time: i18n.date(input.takenAt, true) }),
    agenda: [...input.agenda],
  }
}

export type WatchedProgram = {
  program: Program
  /** "Terlambat · Disdik · 45 % · tenggat 30 September 2026" */
  detail: string
}

export type ProgramsSlideModel = {
  kind: 'programs'
  regionName: string
  hundred: RollUp
  priority: RollUp
  /** The 100-day roll-up, the same sentence as the scorecard card and /programs. */
  headline: string
  prioritySentence: string
  /** "2 berisiko, 3 terlambat" over both kinds. */
  watchSentence: string
  /** Late programs first, then those at risk, each by due date (the slide lists what fits). */
  watched: WatchedProgram[]
  synthetic: boolean
}

export function programsSlide(
  i18n: I18n,
  response: ProgramsResponse,
  region: Region,
): ProgramsSlideModel {
  const { t, locale } = i18n
  const programs = response.programs
  const today = dayOf(response.dataAsOf)
  const regionName = placeName(region)
  const hundred = programRollup(programs, 'hundred-day', today)
  const priority = programRollup(programs, 'priority', today)
  const watch = programs
    .filter((p) => p.status === 'late' || p.status === 'at-risk')
    .sort(
      (a, b) =>
        (a.status === 'late' ? 0 : 1) - (b.status === 'late' ? 0 : 1) ||
        a.dueDate.localeCompare(b.dueDate) ||
        a.title[locale].localeCompare(b.title[locale]),
    )
  const late = hundred.byStatus.late + priority.byStatus.late
  const atRisk = hundred.byStatus['at-risk'] + priority.byStatus['at-risk']
  return {
    kind: 'programs',
    regionName,
    hundred,
    priority,
    headline: rollupSentence(i18n, hundred, regionName),
    prioritySentence: rollupSentence(i18n, priority, regionName),
    watchSentence:
      late + atRisk === 0
        ? t('slide.programs.noneLate')
        : `${i18n.plural('slide.programs.late', late)}, ${i18n.plural('slide.programs.atRisk', atRisk)}`,
    watched: watch.map((program) => ({
      program,
      detail: [
        t(program.kind === 'hundred-day' ? 'slide.programs.hundred' : 'slide.programs.priority'),
        program.agency.abbreviation ?? program.agency.name,
        t('slide.programs.progress', { progress: i18n.percent(program.progress, 0) }),
        t('slide.due', { date: i18n.date(program.dueDate) }),
      ].join(' · '),
    })),
    synthetic: programs.some((p) => p.provenance === 'synthetic'),
  }
}

/** One open directive as the board says it. */
export type BoardRow = {
  id: string
  /** "Terlambat 12 hari", or null when not overdue. */
  overdue: string | null
  overdueDays: number | null
  status: string
  text: string
  /** "Disdik · tenggat 12 Oktober 2026 · dari briefing 3 Agustus 2026" */
  meta: string
  /** "Tindak lanjut 20 Oktober 2026: …", or that there is none yet. */
  followUp: string
  synthetic: boolean
}

export type DirectivesBoardModel = {
  kind: 'directives'
  regionName: string
  headline: string
  open: number
  overdue: number
  rows: BoardRow[]
  /** The rows of each slide: what does not fit continues on the next. */
  pages: BoardRow[][]
  synthetic: boolean
}

/** The board's text sizes and the space it has on the 1920 × 1080 canvas (canvas px). */
export const BOARD_LAYOUT = {
  /** Width of a row's text column (the canvas less its margins and the tag column). */
  textWidth: 1320,
  textSize: 34,
  metaSize: 32,
  lineHeight: 1.3,
  rowGap: 28,
  /** Height of the list on one slide, the "continues" line included. */
  height: 700,
  /** The "+3 lainnya: berlanjut di salindia berikutnya" line. */
  moreHeight: 56,
  /** A row is never shorter than its tag column (overdue tag and status: two lines). */
  minRowHeight: 2 * 32 * 1.3 + 24,
} as const

/**
 * Lines a text takes in a column of `width` px, from the UI font's estimated widths: the estimate
 * runs a little wide for regular text and wider still for bold, so a row is never short.
 */
export function estimateLines(text: string, fontSize: number, width: number, bold = false): number {
  const estimate = estimateTextWidth(text, fontSize) * (bold ? 1.1 : 1)
  return Math.max(1, Math.ceil(estimate / width))
}

/** A board row's height on the canvas. */
export function boardRowHeight(row: Pick<BoardRow, 'text' | 'meta' | 'followUp'>): number {
  const { textWidth, textSize, metaSize, lineHeight, rowGap, minRowHeight } = BOARD_LAYOUT
  const text = estimateLines(row.text, textSize, textWidth, true) * textSize * lineHeight
  const meta = estimateLines(row.meta, metaSize, textWidth) * metaSize * lineHeight
  const follow = estimateLines(row.followUp, metaSize, textWidth) * metaSize * lineHeight
  return Math.max(minRowHeight, text + meta + follow) + rowGap
}

/**
 * Items cut into pages of at most `capacity` px: an item that does not fit starts the next page,
 * and every page but the last keeps `moreHeight` for the line saying the list continues. An item
 * taller than a page gets a page of its own. Always at least one page (empty for no items).
 */
export function paginate<T>(
  items: ReadonlyArray<T>,
  heightOf: (item: T) => number,
  capacity: number,
  moreHeight: number,
): T[][] {
  const pages: T[][] = []
  let page: T[] = []
  let used = 0
  items.forEach((item, index) => {
    const height = heightOf(item)
    const last = index === items.length - 1
    // The last item needs no "continues" line after it; any other must leave room for one.
    const room = capacity - (last ? 0 : moreHeight)
    if (page.length > 0 && used + height > room) {
      pages.push(page)
      page = []
      used = 0
    }
    page.push(item)
    used += height
  })
  pages.push(page)
  return pages
}

/**
 * The follow-up board: every open directive, the most overdue first (openDirectives), with its
 * days overdue, status, latest follow-up note and the briefing it came from; paginated so what
 * does not fit continues on the next slide.
 */
export function directivesBoard(
  i18n: I18n,
  response: DirectivesResponse,
  region: Region,
): DirectivesBoardModel {
  const { t, locale } = i18n
  const board = openDirectives(response.directives, dayOf(response.dataAsOf))
  const rows = board.map(({ directive, overdueDays }): BoardRow => {
    const latest = directive.followUps.at(-1)
    return {
      id: directive.id,
      overdue: overdueDays !== null ? i18n.plural('directives.overdueDays', overdueDays) : null,
      overdueDays,
      status: t(`directiveStatus.${directive.status}`),
      text: directive.text[locale],
      meta: [
        directive.agency.abbreviation ?? directive.agency.name,
        t('slide.due', { date: i18n.date(directive.dueDate) }),
        t('slide.directives.from', { date: i18n.date(directive.briefingDate) }),
      ].join(' · '),
      followUp: latest
        ? t('slide.directives.latest', { date: i18n.date(latest.date), note: latest.note[locale] })
        : t('directives.noFollowUp'),
      synthetic: directive.provenance === 'synthetic',
    }
  })
  const overdue = rows.filter((row) => row.overdueDays !== null).length
  const regionName = placeName(region)
  return {
    kind: 'directives',
    regionName,
    headline:
      rows.length === 0
        ? t('slide.directivesNone', { region: regionName })
        : t('slide.directives.headline', {
            region: regionName,
            open: i18n.plural('slide.directives.open', rows.length),
            overdue: i18n.plural('slide.directives.overdue', overdue),
          }),
    open: rows.length,
    overdue,
    rows,
    pages: paginate(rows, boardRowHeight, BOARD_LAYOUT.height, BOARD_LAYOUT.moreHeight),
    synthetic: rows.some((row) => row.synthetic),
  }
}
