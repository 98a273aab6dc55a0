import type { Indicator } from '@/api/indicators'
import type { RegionRef } from '@/api/regions'
import type { Observation } from '@/api/series'
import { ChartFrame, EmptyChartFrame } from '@/components/charts/chart-frame'
import { AddToBriefing } from '@/deck/add-to-briefing'
import { GradeTimeline, type GradeCell } from '@/components/charts/grade-timeline'
import { TrendChart } from '@/components/charts/trend-chart'
import { ProvenanceCell } from '@/components/ui/provenance-badge'
import { StatusBadge } from '@/components/ui/status-badge'
import type { Status } from '@/domain/status'
import { useI18n } from '@/i18n/i18n'
import {
  sourceLabel,
  targetWithBasis,
  useNumberFormatter,
  useTimeFormatter,
} from '@/i18n/format-indicator'
import { chartFootnotes } from '@/analysis/chart-notes'
import { readingsCsv } from '@/analysis/export-rows'
import { bestGradeStreak, trendPoints, type ShownObservation } from '@/analysis/series-view'
import { placeName } from '@/domain/places'

const TONE: Record<Status, GradeCell['tone']> = {
  achieved: 'good',
  near: 'near',
  off: 'bad',
  'no-target': 'neutral',
  'no-data': 'neutral',
}

type GradeSectionProps = {
  indicator: Indicator
  region: RegionRef
  observations: ShownObservation[]
  /** The whole history, so a streak is counted beyond the range shown. */
  history: ReadonlyArray<Observation>
  dataAsOf: string | undefined
  isUpdating: boolean
  initialView: 'chart' | 'table'
}

/** Grades as grades: a timeline of letters, the WTP streak, and the SAKIP score where one exists. */
export function GradeSection(props: GradeSectionProps) {
  const i18n = useI18n()
  const { t, locale } = i18n
  const { indicator, observations, region } = props
  const regionName = placeName(region)
  const formatScore = useNumberFormatter(0)
  const formatTime = useTimeFormatter()
  const name = indicator.shortName[locale]
  const title = t('grades.title', { indicator: name })
  if (observations.length === 0) {
    return (
      <EmptyChartFrame
        title={title}
        message={t('trend.empty', { indicator: name, region: regionName })}
      />
    )
  }
  const last = observations.at(-1)?.observation
  const best = indicator.gradeScale?.at(-1)
  const streak = last ? bestGradeStreak(indicator, props.history, last.period) : null
  let summary = ''
  if (streak) {
    summary = t('grades.summaryStreak', {
      region: regionName,
      indicator: name,
      grade: streak.grade,
      count: streak.count,
      from: i18n.period(streak.from),
      to: i18n.period(streak.to),
    })
  } else if (last) {
    const latest = {
      region: regionName,
      indicator: name,
      grade: last.grade ?? t('grades.noGrade'),
      period: i18n.period(last.period),
      count: observations.length,
    }
    summary =
      best && last.grade !== null && last.grade !== best
        ? t('grades.summaryNotBest', { ...latest, best })
        : t('grades.summaryLatest', latest)
  }
  const cells: GradeCell[] = observations.map(({ observation: o, status }) => ({
    key: o.period,
    label: i18n.period(o.period),
    grade: o.grade ?? '—',
    detail: o.value !== null ? i18n.number(o.value, indicator.decimals) : undefined,
    tone: o.grade ? TONE[status] : 'neutral',
    synthetic: o.provenance === 'synthetic',
  }))
  const scored = observations.filter((o) => o.observation.value !== null)
  const csv = (items: ReadonlyArray<ShownObservation>) => () =>
    readingsCsv(
      i18n,
      items.map((judged) => ({ region, indicator, judged })),
      props.dataAsOf,
    )

  return (
    <>
      <ChartFrame
        title={title}
        subtitle={t('grades.subtitle', { region: regionName })}
        summary={summary}
        rowHeader={t('col.period')}
        columns={[
          { key: 'grade', label: t('col.grade') },
          { key: 'score', label: t('col.score'), numeric: true },
          { key: 'target', label: t('col.target') },
          { key: 'status', label: t('col.status') },
          { key: 'provenance', label: t('col.provenance') },
          { key: 'source', label: t('col.source') },
        ]}
        rows={() =>
          observations.map(({ observation: o, target, status }) => ({
            key: o.period,
            header: i18n.period(o.period),
            cells: {
              grade: o.grade ?? t('grades.noGrade'),
              score: o.value !== null ? i18n.number(o.value, indicator.decimals) : '–',
              target: targetWithBasis(i18n, indicator, target),
              status: <StatusBadge status={o.grade ? status : 'no-data'} />,
              provenance: <ProvenanceCell provenance={o.provenance} />,
              source: sourceLabel(i18n, o),
            },
          }))
        }
        csv={csv(observations)}
        footnotes={chartFootnotes(i18n, observations, props.dataAsOf)}
        fileName={`${indicator.id}-${regionName}`}
        initialView={props.initialView}
        actions={<AddToBriefing slide={indicator.id} />}
        isUpdating={props.isUpdating}
      >
        <GradeTimeline cells={cells} />
      </ChartFrame>
      {scored.length > 1 && (
        <ChartFrame
          title={t('grades.scoreTitle', { region: regionName })}
          subtitle={t('unit.score')}
          summary={scored
            .map(
              ({ observation: o }) =>
                `${i18n.period(o.period)}: ${i18n.number(o.value ?? 0, indicator.decimals)}`,
            )
            .join('; ')}
          rowHeader={t('col.period')}
          columns={[{ key: 'score', label: t('col.score'), numeric: true }]}
          rows={() =>
            scored.map(({ observation: o }) => ({
              key: o.period,
              header: i18n.period(o.period),
              cells: { score: i18n.number(o.value ?? 0, indicator.decimals) },
            }))
          }
          csv={csv(scored)}
          footnotes={chartFootnotes(i18n, scored, props.dataAsOf)}
          fileName={`${indicator.id}-score-${regionName}`}
          initialView={props.initialView}
          isUpdating={props.isUpdating}
        >
          <TrendChart
            points={trendPoints(i18n, [{ region, role: 'region', shown: scored }])}
            series={[{ id: region.code, label: t('col.score'), role: 'region' }]}
            formatValue={formatScore}
            formatTime={formatTime}
          />
        </ChartFrame>
      )}
    </>
  )
}
