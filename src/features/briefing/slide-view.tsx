import type { Indicator } from '@/api/indicators'
import { rankingTable } from '@/analysis/ranking-table'
import {
  breakdownSlide,
  indicatorSlide,
  parentsSlide,
  type SlideData,
  type TrendModel,
} from '@/analysis/slides'
import { GradeTimeline, type GradeCell } from '@/components/charts/grade-timeline'
import { RankingChart } from '@/components/charts/ranking-chart'
import { TrendChart } from '@/components/charts/trend-chart'
import type { ChartTheme } from '@/components/charts/chart-tokens'
import { AgeNotice } from '@/components/reading/reading-facts'
import { StatusBadge } from '@/components/ui/status-badge'
import { dayOf } from '@/domain/dates'
import { parseSlideId, type SlideRef } from '@/domain/deck'
import { openDirectives } from '@/domain/directives'
import { placeName } from '@/domain/places'
import { programRollup } from '@/domain/rollup'
import type { AnyReading } from '@/domain/reading'
import { useI18n, type I18n } from '@/i18n/i18n'
import {
  formatObservation,
  formatValue,
  rollupSentence,
  sourceLabel,
  targetSentence,
  useTimeFormatter,
  useValueFormatter,
} from '@/i18n/format-indicator'
import type { Snapshot } from './use-snapshot'

/** Every slide chart: projector-sized text and marks, at a fixed size (slides render hidden). */
const SLIDE_CHART = { large: true, width: 1120, height: 520 } as const
const LIST_ITEMS = 4

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

function slideData(snapshot: Snapshot): SlideData | null {
  const region = snapshot.regions.find((r) => r.code === snapshot.region)
  if (!region) return null
  return {
    indicators: snapshot.indicators,
    region,
    series: snapshot.series,
    childRegions: snapshot.regions.filter((r) => r.parentCode === snapshot.region),
    childSeries: snapshot.children,
    asOf: null,
    today: dayOf(snapshot.dataAsOf ?? snapshot.takenAt),
  }
}

/** One slide: title, one message, the big number, one chart, and where the numbers come from. */
export function SlideView({ id, snapshot, theme }: SlideProps) {
  const i18n = useI18n()
  const ref = parseSlideId(id)
  const title = slideTitle(i18n, ref, snapshot.indicators)
  const snapshotTime = i18n.date(snapshot.takenAt, true)
  const data = slideData(snapshot)
  const indicator =
    ref && ref.kind !== 'programs' && ref.kind !== 'directives'
      ? snapshot.indicators.find((i) => i.id === ref.indicator)
      : undefined
  return (
    <>
      <h2 className="slide__title">{title}</h2>
      {ref?.kind === 'programs' ? (
        <ProgramsSlide snapshot={snapshot} />
      ) : ref?.kind === 'directives' ? (
        <DirectivesSlide snapshot={snapshot} />
      ) : ref && data && indicator ? (
        <IndicatorSlide slide={ref} data={data} indicator={indicator} theme={theme} />
      ) : ref ? (
        <p className="slide__headline">
          {i18n.t('indicator.unknown', { id: 'indicator' in ref ? ref.indicator : id })}
        </p>
      ) : null}
      <p className="slide__snapshot">
        {snapshot.dataAsOf &&
          `${i18n.t('overview.dataAsOf', { date: i18n.date(snapshot.dataAsOf) })} · `}
        {i18n.t('briefing.snapshot', { time: snapshotTime })}
      </p>
    </>
  )
}

function Figure({ indicator, reading }: { indicator: Indicator; reading: AnyReading }) {
  const i18n = useI18n()
  const { observation } = reading
  if (!observation) return null
  return (
    <>
      <p className="slide__number">{formatObservation(i18n, indicator, observation)}</p>
      <p className="slide__period">
        {i18n.period(observation.period)}
        {observation.provisional && ` (${i18n.t('reading.provisional')})`}
      </p>
      <p className="slide__status">
        <StatusBadge status={reading.status} large />
      </p>
      <p className="slide__meta">
        {targetSentence(i18n, indicator, reading.target, Number(observation.period.slice(0, 4)))}
      </p>
      <AgeNotice reading={reading} compact />
    </>
  )
}

function SlideTrend({
  trend,
  indicator,
  theme,
}: {
  trend: TrendModel
  indicator: Indicator
  theme: ChartTheme
}) {
  const i18n = useI18n()
  const formatSlideValue = useValueFormatter(indicator, 1)
  const formatTime = useTimeFormatter()
  return (
    <TrendChart
      {...SLIDE_CHART}
      theme={theme}
      points={trend.points}
      series={trend.series}
      targets={trend.targets}
      formatValue={formatSlideValue}
      formatTime={formatTime}
      targetLabel={i18n.t('trend.target')}
      bandLabel={i18n.t('trend.band')}
    />
  )
}

function IndicatorSlide({
  slide,
  data,
  indicator,
  theme,
}: {
  slide: Exclude<SlideRef, { kind: 'programs' | 'directives' }>
  data: SlideData
  indicator: Indicator
  theme: ChartTheme
}) {
  const i18n = useI18n()
  const formatSlideValue = useValueFormatter(indicator, 1)
  const model =
    slide.kind === 'breakdown'
      ? breakdownSlide(i18n, data, indicator)
      : slide.kind === 'parents'
        ? parentsSlide(i18n, data, indicator)
        : indicatorSlide(i18n, data, indicator)
  const observation = model.reading.observation
  let chart = null
  if (model.kind === 'breakdown') {
    if (model.ranking) {
      const table = rankingTable(i18n, indicator, model.ranking, undefined)
      const own = model.own?.observation?.value
      chart = (
        <RankingChart
          large
          theme={theme}
          width={SLIDE_CHART.width}
          bars={table.bars().slice(0, 8)}
          formatValue={formatSlideValue}
          references={
            own != null
              ? [
                  {
                    value: own,
                    label: `${placeName(data.region)}: ${formatValue(i18n, indicator, own)}`,
                  },
                ]
              : []
          }
        />
      )
    }
  } else if (model.kind === 'parents') {
    chart = <SlideTrend trend={model.trend} indicator={indicator} theme={theme} />
  } else if (indicator.valueType === 'grade') {
    chart = (
      <GradeTimeline
        large
        theme={theme}
        cells={model.shown.slice(-6).map(({ observation: o }): GradeCell => ({
          key: o.period,
          label: i18n.period(o.period),
          grade: o.grade ?? '—',
          detail: o.value !== null ? i18n.number(o.value, indicator.decimals) : undefined,
          tone: 'neutral',
          synthetic: o.provenance === 'synthetic',
        }))}
      />
    )
  } else {
    chart = <SlideTrend trend={model.trend} indicator={indicator} theme={theme} />
  }
  return (
    <>
      <p className="slide__headline">{model.headline}</p>
      <div className="slide__body">
        <div className="slide__figure">
          <Figure indicator={indicator} reading={model.reading} />
        </div>
        <div className="slide__chart">{chart}</div>
      </div>
      <p className="slide__source">
        {observation && i18n.t('briefing.source', { source: sourceLabel(i18n, observation) })}
        {model.synthetic && <SyntheticMark />}
      </p>
    </>
  )
}

function SyntheticMark() {
  const { t } = useI18n()
  return (
    <span className="slide__synthetic">
      {' '}
      <span aria-hidden="true">◇ </span>
      {t('briefing.synthetic')}
    </span>
  )
}

function ProgramsSlide({ snapshot }: { snapshot: Snapshot }) {
  const i18n = useI18n()
  const { t, locale } = i18n
  if (!snapshot.programs) return <p className="slide__headline">{t('briefing.failed')}</p>
  const programs = snapshot.programs.programs
  const today = dayOf(snapshot.programs.dataAsOf)
  const region = snapshot.regions.find((r) => r.code === snapshot.region)
  const regionName = region ? placeName(region) : snapshot.region
  const hundred = programRollup(programs, 'hundred-day', today)
  const priority = programRollup(programs, 'priority', today)
  const percent = hundred.percent === null ? '–' : i18n.percent(hundred.percent, 0)
  const watch = programs
    .filter((p) => p.status === 'late' || p.status === 'at-risk')
    .slice(0, LIST_ITEMS)
  return (
    <>
      <p className="slide__headline">{rollupSentence(i18n, hundred, regionName)}</p>
      <div className="slide__body">
        <div className="slide__figure">
          <p className="slide__number">{percent}</p>
          <p className="slide__meta">{rollupSentence(i18n, priority, regionName)}</p>
          <p className="slide__meta">
            {t('slide.programsAtRisk', {
              atRisk: priority.byStatus['at-risk'] + hundred.byStatus['at-risk'],
              late: priority.byStatus.late + hundred.byStatus.late,
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
      <p className="slide__source">
        <SyntheticMark />
      </p>
    </>
  )
}

function DirectivesSlide({ snapshot }: { snapshot: Snapshot }) {
  const i18n = useI18n()
  const { t, locale } = i18n
  if (!snapshot.directives) return <p className="slide__headline">{t('briefing.failed')}</p>
  const today = dayOf(snapshot.directives.dataAsOf)
  const board = openDirectives(snapshot.directives.directives, today)
  const overdue = board.filter((row) => row.overdueDays !== null).length
  const shown = board.slice(0, LIST_ITEMS)
  return (
    <>
      <p className="slide__headline">
        {board.length === 0
          ? t('slide.directivesNone')
          : t('slide.directivesHeadline', { open: board.length, overdue })}
      </p>
      <ul className="slide__list slide__list--wide">
        {shown.map(({ directive, overdueDays }) => (
          <li key={directive.id}>
            {overdueDays !== null && (
              <span className="slide__tag slide__tag--late">
                <span aria-hidden="true">⚠ </span>
                {i18n.plural('directives.overdueDays', overdueDays)}
              </span>
            )}{' '}
            {directive.text[locale]} — {directive.agency.abbreviation ?? directive.agency.name},{' '}
            {t('slide.due', { date: i18n.date(directive.dueDate) })}
          </li>
        ))}
        {board.length > shown.length && (
          <li className="slide__more">{t('slide.more', { count: board.length - shown.length })}</li>
        )}
      </ul>
      <p className="slide__source">
        <SyntheticMark />
      </p>
    </>
  )
}
