import type { Indicator } from '@/api/indicators'
import type { Observation, Series } from '@/api/series'
import { headline } from '@/analysis/headline'
import { toTrendPoint } from '@/analysis/trend-point'
import { ancestry, rankRegions } from '@/analysis/series-view'
import { GradeTimeline, type GradeCell } from '@/components/charts/grade-timeline'
import { RankingChart } from '@/components/charts/ranking-chart'
import { TrendChart } from '@/components/charts/trend-chart'
import type { ChartTheme } from '@/components/charts/chart-tokens'
import { dayOf, isOverdue } from '@/domain/dates'
import { parseSlideId, type SlideRef } from '@/domain/deck'
import { evaluate, targetForYear, yearOfPeriod } from '@/domain/evaluate'
import { compareKeys, sortByPeriod } from '@/domain/periods'
import { programRollup } from '@/domain/rollup'
import type { Status } from '@/domain/status'
import { useI18n, type I18n } from '@/i18n/i18n'
import {
  formatObservation,
  formatTarget,
  sourceLabel,
  useValueFormatter,
} from '@/i18n/format-indicator'
import type { Snapshot } from './use-snapshot'

/** Every slide chart: projector-sized text and marks, at a fixed size (slides render hidden). */
const SLIDE_CHART = { large: true, width: 1120, height: 520 } as const
const TREND_POINTS = 8
const LIST_ITEMS = 4

const STATUS_ICON: Record<Status, string> = {
  achieved: '✓',
  near: '◐',
  off: '✗',
  'no-target': '–',
  'no-data': '∅',
}

type SlideProps = { id: string; snapshot: Snapshot; theme: ChartTheme }

export function slideTitle(
  i18n: I18n,
  ref: SlideRef | null,
  indicators: ReadonlyArray<Indicator>,
): string {
  if (!ref) return '–'
  if (ref.kind === 'programs') return i18n.t('slide.programs')
  if (ref.kind === 'directives') return i18n.t('slide.directives')
  const indicator = indicators.find((i) => i.id === ref.indicator)
  const name = indicator ? indicator.name[i18n.locale] : ref.indicator
  if (ref.kind === 'breakdown') return i18n.t('slide.breakdown', { name })
  if (ref.kind === 'parents') return i18n.t('slide.parents', { name })
  return name
}

/** One slide: title, one message, the big number, one chart, and where the numbers come from. */
export function SlideView({ id, snapshot, theme }: SlideProps) {
  const i18n = useI18n()
  const ref = parseSlideId(id)
  const title = slideTitle(i18n, ref, snapshot.indicators)
  const snapshotTime = i18n.date(snapshot.takenAt, true)
  return (
    <>
      <h2 className="slide__title">{title}</h2>
      {ref?.kind === 'programs' ? (
        <ProgramsSlide snapshot={snapshot} />
      ) : ref?.kind === 'directives' ? (
        <DirectivesSlide snapshot={snapshot} />
      ) : ref ? (
        <IndicatorSlide slide={ref} snapshot={snapshot} theme={theme} />
      ) : null}
      <p className="slide__snapshot">
        {snapshot.dataAsOf &&
          `${i18n.t('overview.dataAsOf', { date: i18n.date(snapshot.dataAsOf) })} · `}
        {i18n.t('briefing.snapshot', { time: snapshotTime })}
      </p>
    </>
  )
}

function IndicatorSlide({
  slide,
  snapshot,
  theme,
}: {
  slide: Exclude<SlideRef, { kind: 'programs' | 'directives' }>
  snapshot: Snapshot
  theme: ChartTheme
}) {
  const i18n = useI18n()
  const { t } = i18n
  const indicator = snapshot.indicators.find((i) => i.id === slide.indicator)
  const series = snapshot.series.find(
    (s) => s.regionCode === snapshot.region && s.indicatorId === slide.indicator,
  )
  if (!indicator)
    return <p className="slide__headline">{t('indicator.unknown', { id: slide.indicator })}</p>
  const history = sortByPeriod(series?.observations ?? [])
  const latest = history.at(-1)
  const previous = history.at(-2)
  const target = latest
    ? targetForYear(series?.targets ?? [], yearOfPeriod(latest.period))
    : undefined
  const status = evaluate(indicator, latest, target)
  const message = headline(i18n, { indicator, latest, previous, target, status, history })
  const targetText = formatTarget(i18n, indicator, target)
  // The slide says "synthetic" when anything its chart draws is: a kecamatan's synthetic figure in
  // a breakdown, a synthetic point of an ancestor's line.
  const isSynthetic = (o: { provenance: string } | undefined) => o?.provenance === 'synthetic'
  const chartSynthetic =
    slide.kind === 'breakdown'
      ? snapshot.children.some(
          (s) => s.indicatorId === indicator.id && isSynthetic(sortByPeriod(s.observations).at(-1)),
        )
      : slide.kind === 'parents'
        ? snapshot.series.some(
            (s) =>
              s.indicatorId === indicator.id &&
              sortByPeriod(s.observations).slice(-TREND_POINTS).some(isSynthetic),
          )
        : false

  return (
    <>
      <p className="slide__headline">{message}</p>
      <div className="slide__body">
        <div className="slide__figure">
          {latest && (
            <>
              <p className="slide__number">{formatObservation(i18n, indicator, latest)}</p>
              <p className="slide__period">{i18n.period(latest.period)}</p>
              <p className={`slide__status slide__status--${status}`}>
                <span aria-hidden="true">{STATUS_ICON[status]} </span>
                {t(`status.${status}`)}
              </p>
              {targetText && target && (
                <p className="slide__meta">
                  {t('briefing.target', { year: target.year, target: targetText })}
                </p>
              )}
            </>
          )}
        </div>
        <div className="slide__chart">
          {slide.kind === 'breakdown' ? (
            <BreakdownChart indicator={indicator} snapshot={snapshot} theme={theme} />
          ) : slide.kind === 'parents' ? (
            <ParentsChart indicator={indicator} snapshot={snapshot} theme={theme} />
          ) : indicator.valueType === 'grade' ? (
            <GradeTimeline
              large
              theme={theme}
              cells={history.slice(-6).map((o): GradeCell => ({
                key: o.period,
                label: i18n.period(o.period),
                grade: o.grade ?? '—',
                detail: o.value !== null ? i18n.number(o.value, indicator.decimals) : undefined,
                tone: 'neutral',
                synthetic: o.provenance === 'synthetic',
              }))}
            />
          ) : (
            <HistoryChart
              indicator={indicator}
              history={history}
              series={series}
              snapshot={snapshot}
              theme={theme}
            />
          )}
        </div>
      </div>
      <SourceLine snapshotSeries={series} chartSynthetic={chartSynthetic} />
    </>
  )
}

/** The region's own trend, the last TREND_POINTS periods against the target. */
function HistoryChart({
  indicator,
  history,
  series,
  snapshot,
  theme,
}: {
  indicator: Indicator
  history: ReadonlyArray<Observation>
  series: Series | undefined
  snapshot: Snapshot
  theme: ChartTheme
}) {
  const i18n = useI18n()
  const formatSlideValue = useValueFormatter(indicator, 1)
  return (
    <TrendChart
      {...SLIDE_CHART}
      theme={theme}
      points={history
        .slice(-TREND_POINTS)
        .map((o) =>
          toTrendPoint(i18n, o, targetForYear(series?.targets ?? [], yearOfPeriod(o.period)), 'v'),
        )}
      series={[{ id: 'v', label: regionName(snapshot) }]}
      formatValue={formatSlideValue}
      targetLabel={i18n.t('trend.target')}
      bandLabel={i18n.t('trend.band')}
    />
  )
}

function regionName(snapshot: Snapshot): string {
  return snapshot.regions.find((r) => r.code === snapshot.region)?.name ?? snapshot.region
}

function SourceLine({
  snapshotSeries,
  chartSynthetic,
}: {
  snapshotSeries: Series | undefined
  chartSynthetic: boolean
}) {
  const i18n = useI18n()
  const { t } = i18n
  const latest = sortByPeriod(snapshotSeries?.observations ?? []).at(-1)
  if (!latest) return null
  return (
    <p className="slide__source">
      {t('briefing.source', { source: sourceLabel(i18n, latest) })}
      {(latest.provenance === 'synthetic' || chartSynthetic) && (
        <span className="slide__synthetic">
          {' '}
          <span aria-hidden="true">◇ </span>
          {t('briefing.synthetic')}
        </span>
      )}
    </p>
  )
}

function ParentsChart({
  indicator,
  snapshot,
  theme,
}: {
  indicator: Indicator
  snapshot: Snapshot
  theme: ChartTheme
}) {
  const i18n = useI18n()
  const formatSlideValue = useValueFormatter(indicator, 1)
  const self = snapshot.regions.find((r) => r.code === snapshot.region)
  const chain = (self ? ancestry(self) : []).slice(0, 4)
  const lines = chain.map((region) => ({
    region,
    observations: sortByPeriod(
      snapshot.series.find((s) => s.regionCode === region.code && s.indicatorId === indicator.id)
        ?.observations ?? [],
    ).slice(-TREND_POINTS),
  }))
  const keys = [...new Set(lines.flatMap((l) => l.observations.map((o) => o.period)))]
    .sort(compareKeys)
    .slice(-TREND_POINTS)
  return (
    <TrendChart
      {...SLIDE_CHART}
      theme={theme}
      points={keys.map((key) => {
        return {
          key,
          label: i18n.periodShort(key),
          values: Object.fromEntries(
            lines.map((l) => [
              l.region.code,
              l.observations.find((o) => o.period === key)?.value ?? null,
            ]),
          ),
        }
      })}
      series={lines.map((l) => ({ id: l.region.code, label: l.region.name }))}
      formatValue={formatSlideValue}
    />
  )
}

function BreakdownChart({
  indicator,
  snapshot,
  theme,
}: {
  indicator: Indicator
  snapshot: Snapshot
  theme: ChartTheme
}) {
  const i18n = useI18n()
  const formatSlideValue = useValueFormatter(indicator, 1)
  const children = snapshot.regions.filter((r) => r.parentCode === snapshot.region)
  const { ranked } = rankRegions(indicator, children, snapshot.children, null)
  const valued = ranked.filter((r) => r.rank > 0).slice(0, 8)
  if (valued.length === 0)
    return (
      <p className="slide__meta">{i18n.t('breakdown.empty', { region: regionName(snapshot) })}</p>
    )
  return (
    <RankingChart
      large
      theme={theme}
      width={SLIDE_CHART.width}
      bars={valued.map((r) => ({
        key: r.item.region.code,
        label: `${r.tied ? '=' : ''}${r.rank}. ${r.item.region.name}`,
        value: r.item.observation.value ?? 0,
        synthetic: r.item.observation.provenance === 'synthetic',
      }))}
      formatValue={formatSlideValue}
    />
  )
}

function ProgramsSlide({ snapshot }: { snapshot: Snapshot }) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const programs = snapshot.programs?.programs ?? []
  const summary = programRollup(
    programs,
    'hundred-day',
    dayOf(snapshot.programs?.dataAsOf ?? new Date().toISOString()),
  )
  const percent = summary.percent === null ? '–' : i18n.percent(summary.percent, 0)
  const watch = programs
    .filter((p) => p.status === 'late' || p.status === 'at-risk')
    .slice(0, LIST_ITEMS)
  if (!snapshot.programs) return <p className="slide__headline">{t('briefing.failed')}</p>
  return (
    <>
      <p className="slide__headline">
        {t('slide.programsHeadline', { done: summary.done, total: summary.total, percent })}
      </p>
      <div className="slide__body">
        <div className="slide__figure">
          <p className="slide__number">{percent}</p>
          <p className="slide__meta">
            {t('slide.programsAtRisk', {
              atRisk: summary.byStatus['at-risk'],
              late: summary.byStatus.late,
            })}
          </p>
        </div>
        <ul className="slide__list">
          {watch.map((program) => (
            <li key={program.id}>
              <span className={`slide__tag slide__tag--${program.status}`}>
                <span aria-hidden="true">{program.status === 'late' ? '⚠ ' : '◐ '}</span>
                {t(`programStatus.${program.status}`)}
              </span>{' '}
              {program.title[locale]} — {program.agency.abbreviation ?? program.agency.name} (
              {i18n.percent(program.progress, 0)})
            </li>
          ))}
        </ul>
      </div>
      {programs.some((p) => p.provenance === 'synthetic') && (
        <p className="slide__source">
          <span className="slide__synthetic">
            <span aria-hidden="true">◇ </span>
            {t('briefing.synthetic')}
          </span>
        </p>
      )}
    </>
  )
}

function DirectivesSlide({ snapshot }: { snapshot: Snapshot }) {
  const i18n = useI18n()
  const { t, locale } = i18n
  if (!snapshot.directives) return <p className="slide__headline">{t('briefing.failed')}</p>
  const today = dayOf(snapshot.directives.dataAsOf)
  const open = snapshot.directives.directives.filter((d) => d.status !== 'done')
  const overdue = open.filter((d) => isOverdue(d.dueDate, false, today))
  const shown = [...overdue, ...open.filter((d) => !overdue.includes(d))].slice(0, LIST_ITEMS)
  return (
    <>
      <p className="slide__headline">
        {open.length === 0
          ? t('slide.directivesNone')
          : t('slide.directivesHeadline', { open: open.length, overdue: overdue.length })}
      </p>
      <ul className="slide__list slide__list--wide">
        {shown.map((directive) => (
          <li key={directive.id}>
            {overdue.includes(directive) && (
              <span className="slide__tag slide__tag--late">
                <span aria-hidden="true">⚠ </span>
                {t('slide.overdue')}
              </span>
            )}{' '}
            {directive.text[locale]} — {directive.agency.abbreviation ?? directive.agency.name},{' '}
            {t('slide.due', { date: i18n.date(directive.dueDate) })}
          </li>
        ))}
      </ul>
      {snapshot.directives.directives.some((d) => d.provenance === 'synthetic') && (
        <p className="slide__source">
          <span className="slide__synthetic">
            <span aria-hidden="true">◇ </span>
            {t('briefing.synthetic')}
          </span>
        </p>
      )}
    </>
  )
}
