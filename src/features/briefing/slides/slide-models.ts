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
import { CANVAS_LEADING, CANVAS_TEXT } from '@/components/tokens/tokens'
import type { TargetSpan, TrendPoint, TrendSeries } from '@/analysis/trend-data'
import type { GradeCell } from '@/components/charts/grade-timeline'
import type { RankingBar, RankingReference } from '@/components/charts/ranking-chart'
import { datasetYear, dayOf } from '@/domain/dates'
import { openDirectives } from '@/domain/directives'
import { placeName, placeShortName } from '@/domain/places'
import { DEFAULT_PRESET, resolveViewRange } from '@/domain/ranges'
import { readIndicator, type AnyReading } from '@/domain/reading'
import { byUrgency } from '@/domain/program-status'
import { programRollup, type RollUp } from '@/domain/rollup'
import type { Status } from '@/domain/status'
import type { I18n } from '@/i18n/i18n'
import { formatObservation, rollupSentence } from '@/i18n/format-indicator'
import { headline } from './headline'
import { breakdownView } from '@/analysis/breakdown'
import { parentsSentence, parentsView, type ParentPlace } from '@/analysis/parents'
import type { Ranking } from '@/analysis/ranking'
import { coverageText, isPartial, rankingCoverage } from '@/analysis/ranking-text'
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
    datasetYear(data.today),
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

export type ParentsSlideModel = {
  kind: 'parents'
  indicator: Indicator
  reading: AnyReading
  /** Each place's reading at the region's period (like for like), region first. */
  places: ParentPlace[]
  headline: string
  /** The lines share one time axis and keep only the region's round; the region's target steps. */
  trend: TrendModel
  synthetic: boolean
}

/**
 * The region against its province and the nation, as the indicator page compares them
 * (src/analysis/parents.ts): the three readings of the region's period in one sentence, and the
 * lines of that round on one time axis, with the region's target.
 */
export function parentsSlide(i18n: I18n, data: SlideData, indicator: Indicator): ParentsSlideModel {
  const own = seriesOf(data, data.region.code, indicator.id)
  const view = parentsView({
    indicator,
    region: data.region,
    series: data.series,
    range: slideRange(data, indicator, own),
    granularity: null,
    asOf: data.asOf,
    today: data.today,
  })
  return {
    kind: 'parents',
    indicator,
    reading: view.reading,
    places: view.places,
    headline: parentsSentence(i18n, indicator, view),
    trend: trendModel(i18n, indicator, view.lines, own),
    synthetic:
      anySynthetic(view.lines.flatMap((l) => l.shown)) ||
      anySynthetic(view.places.map((p) => p.reading)),
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
  const view = breakdownView({ ...data, indicator, regionSeries: ownSeries })
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
  if (!view) return empty
  const { period, ranking, high, low, own } = view
  const regionValue = own.observation
    ? formatObservation(i18n, indicator, own.observation)
    : i18n.t('compare.noValue')
  // A ranking of some of the region's places says how many ("4 dari 27 kab/kota").
  const coverage = rankingCoverage(i18n, ranking, data.region)
  const headlineText = i18n.t(
    isPartial(coverage) ? 'slide.breakdown.headlinePartial' : 'slide.breakdown.headline',
    {
      name,
      period: i18n.period(period),
      coverage: coverageText(i18n, coverage),
      high: placeShortName(high.region),
      highValue: formatObservation(i18n, indicator, high.reading.observation),
      low: placeShortName(low.region),
      lowValue: formatObservation(i18n, indicator, low.reading.observation),
      region: placeShortName(data.region),
      regionValue,
    },
  )
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
  const watch = byUrgency(
    programs.filter((p) => p.status === 'late' || p.status === 'at-risk'),
    locale,
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
  textSize: CANVAS_TEXT.text,
  metaSize: CANVAS_TEXT.text,
  lineHeight: CANVAS_LEADING.text,
  rowGap: 28,
  /** Height of the list on one slide, the "continues" line included. */
  height: 700,
  /** The "+3 lainnya: berlanjut di salindia berikutnya" line. */
  moreHeight: 56,
  /** A row is never shorter than its tag column (overdue tag and status: two lines). */
  minRowHeight: 2 * CANVAS_TEXT.text * CANVAS_LEADING.text + 24,
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
